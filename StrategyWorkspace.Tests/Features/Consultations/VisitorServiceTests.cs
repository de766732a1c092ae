using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>What a visitor without an account sends and reads.</summary>
public sealed class VisitorServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private ConsultationService Consultations => app.Scoped<ConsultationService>();

    private Task<string> ChairAsync() => app.UserIdAsync(Demo.Chair);

    private Task<(int Id, string Reference)> PublishedProposalAsync(string? target = null, string text = "Пропозиція") =>
        ConsultationTestData.PublishedProposalAsync(app, target, text);

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
        // The committee's sections come first, known by their titles; then each group with its items by number.
        Assert.Equal(("Розділи комітету", true), (targets[0].Label, targets[0].IsSection));
        Assert.Equal(("Соціально-економічний аналіз", false), (targets[1].Label, targets[1].IsSection));
        var economy = targets.ToList().FindIndex(t => t.Label == "1. Економіка і екологія");
        Assert.True(targets[economy].IsSection);
        Assert.Equal(("1.1.1. Економіка області потребує відновлення", false), (targets[economy + 1].Label, targets[economy + 1].IsSection));
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
}
