using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

using static StrategyWorkspace.Tests.Domain.ItemNumberTests;

namespace StrategyWorkspace.Tests.Features.Consultations;

public sealed class ConsultationComponentTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private ConsultationService Consultations => App.Scoped<ConsultationService>();

    private async Task<ModerationRow> PendingProposalAsync(string text)
    {
        await ConsultationTestData.OpenFreshAsync(App);
        var reference = await App.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(App), text));
        return (await App.Scoped<ModerationService>().PendingAsync(await App.UserIdAsync(Demo.Chair))).Single(p => p.Reference == reference);
    }

    [Fact]
    public async Task The_chair_opens_a_consultation_from_the_manage_page()
    {
        var chair = await App.UserIdAsync(Demo.Chair);
        if (await Consultations.GetOverviewAsync(chair) is { Consultation.Status: not ConsultationStatus.Closed } running)
        {
            await Consultations.CloseAsync(chair, running.Consultation.Id);
        }
        SignIn(chair, Demo.Chair, WorkspaceRoles.Chair);
        Render<MudPopoverProvider>();
        var page = Render<ConsultationManagePage>();
        page.WaitForAssertion(() => page.Find("form"));

        page.Find("textarea").Change("Обговорюємо проєкт стратегії.");
        page.Find("form").Submit();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Обговорення редакції", page.Markup);
            Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("Закрити обговорення"));
        });
        Assert.Equal("Обговорюємо проєкт стратегії.", (await Consultations.GetOverviewAsync(chair))!.Consultation.Introduction);
    }

    /// <summary>A consulted draft of three sections; the goal in the second links to the problem in the first.</summary>
    private static PublicConsultation ThreeSections()
    {
        static EditionItem Item(int id, ItemKind kind, string number, string title, params EditionLinkView[] linksTo) =>
            new(id, kind, N(number), 1, title, $"Текст пункту {number}.", linksTo, []);
        var groups = new List<EditionGroup>
        {
            new(11, 1, "Економіка", [new EditionSection(ItemKind.Problem, "1.1", [Item(101, ItemKind.Problem, "1.1.1", "Безробіття")])]),
            new(12, 2, "Екологія", [new EditionSection(ItemKind.Goal, "2.2", [Item(201, ItemKind.Goal, "2.2.1", "Чисте повітря", new EditionLinkView(101, N("1.1.1"), "Безробіття"))])]),
            new(13, 3, "Управління", [new EditionSection(ItemKind.Problem, "3.1", [Item(301, ItemKind.Problem, "3.1.1", "Прозорість")])]),
        };
        var now = DateTimeOffset.UtcNow;
        return new PublicConsultation(new ConsultationView(1, 4, "", now.AddDays(-1), now.AddDays(9), null, ConsultationStatus.Open),
            new EditionDocument(4, now, "Голова", null, "Стратегія", 2020, "Бачення.", groups, CommitteeSections.None), []);
    }

    [Fact]
    public void A_section_page_leads_back_to_the_contents_and_on_to_its_neighbours()
    {
        var consultation = ThreeSections();

        var middle = Render<PublicSectionNavigation>(p => p.Add(c => c.Consultation, consultation).Add(c => c.Current, consultation.Document.Groups[1]));
        var first = Render<PublicSectionNavigation>(p => p.Add(c => c.Consultation, consultation).Add(c => c.Current, consultation.Document.Groups[0]));

        Assert.Equal("Розділи", middle.Find("nav").GetAttribute("aria-label"));
        Assert.Equal(["/consultation", "/consultation/sections/1", "/consultation/sections/3"], middle.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Попередній розділ: 1. Економіка", middle.Find("a[rel=prev]").TextContent);
        Assert.Equal("Наступний розділ: 3. Управління", middle.Find("a[rel=next]").TextContent);
        Assert.Empty(first.FindAll("a[rel=prev]"));
    }

    [Fact]
    public void A_link_to_an_item_of_another_section_leads_to_that_section_s_page()
    {
        var consultation = ThreeSections();
        var ecology = consultation.Document.Groups[1];

        var text = Render<EditionText>(p => p.Add(c => c.Document, consultation.Document).Add(c => c.Groups, [ecology])
            .Add(c => c.ShowCommitteeSections, false).Add(c => c.PagePath, "/consultation/sections/2").Add(c => c.ItemPath, consultation.ItemPath));

        Assert.Equal("/consultation/sections/1#item-101", text.Find(".edition-links a").GetAttribute("href"));
        Assert.Single(text.FindAll(".edition-item"));
        Assert.Empty(text.FindAll("#edition-vision"));
    }

    [Theory]
    [InlineData(Demo.Economy, WorkspaceRoles.Member)]
    [InlineData(Demo.Expert, WorkspaceRoles.Expert)]
    public async Task Members_and_experts_are_not_allowed_to_manage_or_moderate(string email, string role)
    {
        SignIn(await App.UserIdAsync(email), email, role);

        var manage = Render<ConsultationManagePage>();
        var moderation = Render<ModerationPage>();

        manage.WaitForAssertion(() => Assert.Contains("Недостатньо прав", manage.Markup));
        moderation.WaitForAssertion(() => Assert.Contains("Недостатньо прав", moderation.Markup));
    }

    [Fact]
    public async Task The_chair_sees_who_sent_a_pending_proposal_and_publishes_it()
    {
        var proposal = await PendingProposalAsync(Demo.Unique("На модерацію"));
        SignIn(await App.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);
        Render<MudPopoverProvider>();
        var page = Render<ModerationPage>();
        page.WaitForAssertion(() => page.Find($"[aria-label='Пропозиція {proposal.Reference}']"));
        var card = page.Find($"[aria-label='Пропозиція {proposal.Reference}']");
        Assert.Contains("petro@example.org", card.TextContent);

        page.Click(() => page.Find($"[aria-label='Пропозиція {proposal.Reference}']").QuerySelectorAll("button").Single(b => b.TextContent.Contains("Оприлюднити")));

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[aria-label='Пропозиція {proposal.Reference}']")));
        Assert.Equal(ProposalState.Published, (await App.Scoped<VisitorService>().StatusAsync(proposal.Reference))!.State);
    }

    [Fact]
    public async Task A_member_answers_with_the_version_that_took_the_proposal_in()
    {
        var pending = await PendingProposalAsync(Demo.Unique("На відповідь"));
        await App.Scoped<ModerationService>().PublishAsync(await App.UserIdAsync(Demo.Chair), pending.Id);
        var member = await App.UserIdAsync(Demo.Economy);
        var row = (await App.Scoped<AnswerService>().ToAnswerAsync(member)).Single(p => p.Id == pending.Id);
        var item = (await App.Scoped<AnswerService>().AnswerItemsAsync(member)).First();
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);
        Render<MudPopoverProvider>();
        var card = Render<AnswerCard>(p => p
            .Add(x => x.Proposal, row)
            .Add(x => x.Items, [item]));

        await card.InvokeAsync(() => card.FindAll("input[type=radio]")[0].Click());
        card.Find("textarea").Input("Враховано в новій версії");
        await card.InvokeAsync(() => card.FindComponent<MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(item.ItemId));
        await card.InvokeAsync(() => card.FindAll("button").Single(b => b.TextContent.Contains("Зберегти відповідь")).Click());

        // Awaited, not blocked on: on PostgreSQL the read truly waits, and blocking the renderer's thread would wait for itself.
        for (var waited = 0; (await App.Scoped<VisitorService>().StatusAsync(pending.Reference))!.Outcome != ProposalOutcome.Accepted && waited < 100; waited++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(ProposalOutcome.Accepted, (await App.Scoped<VisitorService>().StatusAsync(pending.Reference))!.Outcome);
        var published = (await App.Scoped<VisitorService>().GetPublicAsync())!.Proposals.Single(p => p.Id == pending.Id);
        Assert.Equal((item.ItemId, item.LatestVersion, "Враховано в новій версії"), (published.AnswerItemId!.Value, published.AnswerVersionNumber!.Value, published.AnswerText));
    }

    [Fact]
    public void Published_proposals_show_their_text_as_text_and_the_answer_with_its_version()
    {
        var proposals = new List<PublishedProposal>
        {
            new(1, "AAAAAAAAA", 1, 5, "<script>alert(1)</script>", null, "ГО «Світанок»", DateTimeOffset.UtcNow,
                ProposalOutcome.Accepted, "Враховано", DateTimeOffset.UtcNow, 5, N("1.1.1"), 3),
            new(2, "BBBBBBBBB", 1, 5, "Друга", null, null, DateTimeOffset.UtcNow, null, null, null, null, null, null),
        };

        var list = Render<PublicProposals>(p => p.Add(x => x.Proposals, proposals).Add(x => x.Open, true).Add(x => x.Target, "i5"));

        Assert.Empty(list.FindAll("script"));
        Assert.Contains("<script>alert(1)</script>", list.Find(".proposal-text").TextContent);
        Assert.Contains("Від: ГО «Світанок»", list.Markup);
        Assert.Contains("Враховано", list.Find(".proposal-answer").TextContent);
        Assert.Contains("враховано в 1.1.1, версія 3", list.Find(".proposal-answer").TextContent);
        Assert.Contains("Від: Анонімно", list.Markup);
        Assert.Contains("Робоча група ще не відповіла.", list.Markup);
        Assert.Equal("/consultation/propose?target=i5", list.Find("a").GetAttribute("href"));
    }
}
