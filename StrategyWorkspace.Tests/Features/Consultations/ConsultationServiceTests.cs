using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

public sealed class ConsultationServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private ConsultationService Consultations => app.Scoped<ConsultationService>();

    private Task<string> ChairAsync() => app.UserIdAsync(Demo.Chair);

    private async Task<(int Id, string Reference)> PublishedProposalAsync(string? target = null, string text = "Пропозиція")
    {
        var reference = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(target ?? await ConsultationTestData.EconomySectionAsync(app), text));
        var chair = await ChairAsync();
        var id = (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == reference).Id;
        await app.Scoped<ModerationService>().PublishAsync(chair, id);
        return (id, reference);
    }

    [Fact]
    public async Task The_chair_opens_a_consultation_and_another_is_refused_while_it_runs()
    {
        await ConsultationTestData.OpenFreshAsync(app);

        var overview = await Consultations.GetOverviewAsync(await ChairAsync());
        Assert.Equal((ConsultationStatus.Open, 1), (overview!.Consultation.Status, overview.Consultation.EditionNumber));
        var second = await Assert.ThrowsAsync<InvalidInputException>(() => ConsultationTestData.OpenFreshAsyncWithoutClosing(app));
        Assert.Equal("Consultation_AnotherOpen", second.MessageKey);
    }

    [Theory]
    [InlineData(Demo.Economy)]
    [InlineData(Demo.Expert)]
    public async Task Only_the_chair_or_administrator_opens_closes_and_moderates(string email)
    {
        var id = await ConsultationTestData.OpenFreshAsync(app);
        var someone = await app.UserIdAsync(email);

        await Assert.ThrowsAsync<ActionRefusedException>(() => Consultations.OpenAsync(someone, new OpenConsultationInput { EditionNumber = 1, FirstDay = DateTime.Today, LastDay = DateTime.Today.AddDays(3) }));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Consultations.CloseAsync(someone, id));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ModerationService>().PendingAsync(someone));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ModerationService>().PublishAsync(someone, 1));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ModerationService>().RejectAsync(someone, 1, RejectionGround.Spam, null));
        Assert.NotNull(await Consultations.GetOverviewAsync(await app.UserIdAsync(Demo.Admin)));
    }

    [Fact]
    public async Task A_visitor_sends_a_proposal_and_its_reference_shows_it_waiting_but_the_public_page_does_not()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var section = await ConsultationTestData.EconomySectionAsync(app);

        var reference = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(section, "Підтримати фермерів"));

        Assert.Matches("^[A-Z2-9]{9}$", reference);
        var status = await app.Scoped<VisitorService>().StatusAsync(reference.ToLowerInvariant().Insert(4, "-"));
        Assert.Equal((ProposalState.Pending, "1. Економіка і екологія", "Підтримати фермерів"), (status!.State, status.TargetLabel, status.Text));
        Assert.DoesNotContain((await app.Scoped<VisitorService>().GetPublicAsync())!.Proposals, p => p.Reference == reference);
        Assert.Null(await app.Scoped<VisitorService>().StatusAsync("NOSUCHREF"));
    }

    [Fact]
    public async Task The_form_offers_each_section_followed_by_its_items_by_number()
    {
        await ConsultationTestData.OpenFreshAsync(app);

        var (consultation, targets) = await app.Scoped<VisitorService>().GetProposalFormAsync();

        Assert.Equal(ConsultationStatus.Open, consultation!.Status);
        Assert.Equal(("1. Економіка і екологія", true), (targets[0].Label, targets[0].IsSection));
        Assert.Equal(("1.1.1. Економіка області потребує відновлення", false), (targets[1].Label, targets[1].IsSection));
        Assert.Equal(targets.Count, targets.Select(t => t.Key).Distinct().Count());
    }

    [Fact]
    public async Task A_proposal_on_an_item_of_the_edition_is_filed_under_its_group()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var document = (await app.Scoped<VisitorService>().GetPublicAsync())!.Document;
        var item = document.Groups[0].Sections[0].Items[0];

        var (_, reference) = await PublishedProposalAsync($"i{item.ItemId}", "Уточнити показники");

        var published = (await app.Scoped<VisitorService>().GetPublicAsync())!;
        var proposal = Assert.Single(published.On(document.Groups[0].GroupId, item.ItemId), p => p.Reference == reference);
        Assert.Equal(("Петро Іваненко", "ГО «Розвиток громади»"), (proposal.AuthorName, proposal.Organisation));
        Assert.Equal($"1.1.1. {item.Title}", (await app.Scoped<VisitorService>().StatusAsync(reference))!.TargetLabel);
    }

    [Theory]
    [InlineData("", "Text", "This field is required.")]
    [InlineData("x5001", "Text", "At most 5000 characters.")]
    [InlineData("bad-email", "Email", "Enter a valid e-mail address.")]
    [InlineData("no-consent", "Consent", "Tick the consent to publication to send.")]
    [InlineData("bad-target", "Target", "Consultation_UnknownTarget")]
    public async Task A_bad_proposal_is_refused_with_a_message_for_its_field(string variant, string field, string message)
    {
        // The DataAnnotations messages come formatted in the current culture; English here.
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
        await ConsultationTestData.OpenFreshAsync(app);
        var input = ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app));
        switch (variant)
        {
            case "": input.Text = "   "; break;
            case "x5001": input.Text = new string('x', Proposal.MaxTextLength + 1); break;
            case "bad-email": input.Email = "not an address"; break;
            case "no-consent": input.Consent = false; break;
            case "bad-target": input.Target = "i999999"; break;
        }

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => app.Scoped<VisitorService>().SendAsync(input));

        Assert.Equal((field, message), (refused.Field, refused.MessageKey));
    }

    [Fact]
    public async Task Name_organisation_and_email_may_be_left_empty()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var input = ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app), "Анонімна пропозиція");
        (input.Name, input.Organisation, input.Email) = ("", " ", "");

        var reference = await app.Scoped<VisitorService>().SendAsync(input);

        var row = (await app.Scoped<ModerationService>().PendingAsync(await ChairAsync())).Single(p => p.Reference == reference);
        Assert.Equal((null, null, null), (row.AuthorName, row.Organisation, row.Email));
    }

    [Fact]
    public async Task Proposals_outside_the_period_are_refused()
    {
        await ConsultationTestData.OpenFreshAsync(app, firstDay: DateTime.UtcNow.Date.AddDays(2));
        var section = await ConsultationTestData.EconomySectionAsync(app);
        Assert.Equal(ConsultationStatus.Scheduled, (await app.Scoped<VisitorService>().GetPublicAsync())!.Consultation.Status);

        var early = await Assert.ThrowsAsync<InvalidInputException>(() => app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(section)));
        Assert.Equal("Consultation_NotOpen", early.MessageKey);

        var id = await ConsultationTestData.OpenFreshAsync(app);
        await Consultations.CloseAsync(await ChairAsync(), id);
        var late = await Assert.ThrowsAsync<InvalidInputException>(() => app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(section)));
        Assert.Equal("Consultation_NotOpen", late.MessageKey);
    }

    [Fact]
    public async Task The_chair_publishes_or_rejects_with_a_ground_and_the_sender_sees_which()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var section = await ConsultationTestData.EconomySectionAsync(app);
        var (_, published) = await PublishedProposalAsync(section, "Корисна пропозиція");
        var spam = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(section, "Купуйте дешево!"));
        var chair = await ChairAsync();
        var spamId = (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == spam).Id;

        await app.Scoped<ModerationService>().RejectAsync(chair, spamId, RejectionGround.Spam, "реклама");

        var proposals = (await app.Scoped<VisitorService>().GetPublicAsync())!.Proposals;
        Assert.Contains(proposals, p => p.Reference == published);
        Assert.DoesNotContain(proposals, p => p.Reference == spam);
        var status = await app.Scoped<VisitorService>().StatusAsync(spam);
        Assert.Equal((ProposalState.Rejected, RejectionGround.Spam, "реклама"), (status!.State, status.RejectionGround, status.RejectionNote));
        var again = await Assert.ThrowsAsync<WorkspaceRuleException>(() => app.Scoped<ModerationService>().PublishAsync(chair, spamId));
        Assert.Equal("Consultation_ProposalStateChanged", again.MessageKey);
    }

    [Fact]
    public async Task The_owning_group_answers_with_the_version_that_took_it_in()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var (id, reference) = await PublishedProposalAsync();
        var member = await app.UserIdAsync(Demo.Economy);
        var item = (await app.Scoped<AnswerService>().AnswerItemsAsync(member)).First();

        Assert.Contains(await app.Scoped<AnswerService>().ToAnswerAsync(member), p => p.Id == id);
        Assert.DoesNotContain(await app.Scoped<AnswerService>().ToAnswerAsync(await app.UserIdAsync(Demo.Social)), p => p.Id == id);
        await app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.PartlyAccepted, "Враховано в переліку заходів", item.ItemId, item.LatestVersion);

        var proposal = (await app.Scoped<VisitorService>().GetPublicAsync())!.Proposals.Single(p => p.Id == id);
        Assert.Equal((ProposalOutcome.PartlyAccepted, "Враховано в переліку заходів", item.Number, item.LatestVersion),
            (proposal.Outcome, proposal.AnswerText, proposal.AnswerItemNumber, proposal.AnswerVersionNumber));
        Assert.Equal(ProposalOutcome.PartlyAccepted, (await app.Scoped<VisitorService>().StatusAsync(reference))!.Outcome);
    }

    [Fact]
    public async Task An_archived_group_still_answers_what_the_public_sent_it()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var (id, _) = await PublishedProposalAsync();
        var (admin, member) = (await app.UserIdAsync(Demo.Admin), await app.UserIdAsync(Demo.Economy));
        var groups = app.Scoped<GroupAdminService>();
        var economy = await app.GroupIdAsync(1);
        await groups.SetArchivedAsync(admin, economy, true);
        try
        {
            Assert.Contains(await app.Scoped<AnswerService>().ToAnswerAsync(member), p => p.Id == id);
            await app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.Declined, "Група завершила роботу; питання передано до плану заходів", null, null);

            Assert.Equal(ProposalOutcome.Declined, (await app.Scoped<AnswerService>().ToAnswerAsync(member)).Single(p => p.Id == id).Outcome);
        }
        finally
        {
            await groups.SetArchivedAsync(admin, economy, false);
        }
    }

    [Fact]
    public async Task Answering_is_refused_to_other_groups_experts_and_without_a_reason()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var (id, _) = await PublishedProposalAsync();
        var (social, expert, member) = (await app.UserIdAsync(Demo.Social), await app.UserIdAsync(Demo.Expert), await app.UserIdAsync(Demo.Economy));
        var otherGroupsItem = await app.Scoped<DraftingService>().CreateItemAsync(social, await app.GroupIdAsync(4), ItemKind.Goal, new DraftInput { Title = Demo.Unique("Ціль") }, []);

        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<AnswerService>().AnswerAsync(social, id, ProposalOutcome.Accepted, "Так", null, null));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<AnswerService>().AnswerAsync(expert, id, ProposalOutcome.Accepted, "Так", null, null));
        Assert.Equal("Consultation_AnswerReasonRequired",
            (await Assert.ThrowsAsync<InvalidInputException>(() => app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.Declined, " ", null, null))).MessageKey);
        Assert.Equal("Consultation_AnswerItemNotInGroup",
            (await Assert.ThrowsAsync<InvalidInputException>(() => app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.Accepted, "Так", otherGroupsItem, 1))).MessageKey);
    }

    [Fact]
    public async Task The_report_counts_by_group_item_and_outcome_and_is_public_only_after_closing()
    {
        var consultation = await ConsultationTestData.OpenFreshAsync(app);
        var member = await app.UserIdAsync(Demo.Economy);
        var (accepted, _) = await PublishedProposalAsync(text: "Перша");
        var (declined, _) = await PublishedProposalAsync(text: "Друга");
        await PublishedProposalAsync(text: "Третя");
        var rejected = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app), "Спам"));
        var chair = await ChairAsync();
        await app.Scoped<ModerationService>().RejectAsync(chair, (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == rejected).Id, RejectionGround.OffTopic, null);
        var item = (await app.Scoped<AnswerService>().AnswerItemsAsync(member)).First();
        await app.Scoped<AnswerService>().AnswerAsync(member, accepted, ProposalOutcome.Accepted, "Враховано", item.ItemId, null);
        await app.Scoped<AnswerService>().AnswerAsync(member, declined, ProposalOutcome.Declined, "Поза межами повноважень", null, null);

        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ReportService>().ReportAsync(null));
        await Consultations.CloseAsync(chair, consultation);
        var report = await app.Scoped<ReportService>().ReportAsync(null);

        Assert.Equal((4, 3, 1), (report!.Received, report.Published, report.Rejected));
        Assert.Equal((1, 0, 1, 1), (report.ByOutcome["Accepted"], report.ByOutcome["PartlyAccepted"], report.ByOutcome["Declined"], report.ByOutcome["Unanswered"]));
        var economy = Assert.Single(report.ByGroup);
        Assert.Equal(("1. Економіка і екологія", 3, 1, 1, 1), (economy.Label, economy.Proposals, economy.Accepted, economy.Declined, economy.Unanswered));
        var first = report.Lines.Single(l => l.Text == "Перша");
        Assert.Equal((item.Number, item.LatestVersion), (first.AnswerItemNumber, first.AnswerVersionNumber));
        Assert.Equal(ConsultationStatus.Closed, (await app.Scoped<VisitorService>().GetPublicAsync())!.Consultation.Status);
        Assert.Equal(3, (await app.Scoped<VisitorService>().GetPublicAsync())!.Proposals.Count);

        // The next consultation does not hide this one's report.
        await ConsultationTestData.OpenFreshAsync(app);
        var earlier = await app.Scoped<ReportService>().ReportAsync(null, consultation);
        Assert.Equal((consultation, 3), (earlier!.Consultation.Id, earlier.Published));
        Assert.Contains(await Consultations.ListAsync(), c => c.Id == consultation && c.Status == ConsultationStatus.Closed);
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ReportService>().ReportAsync(null));
    }
}
