using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

public sealed class AnswersPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    /// <summary>A proposal on the economy group's section, published by the chair: the economy group's to answer.</summary>
    private async Task<(string Reference, string Text)> PublishedProposalAsync()
    {
        await ConsultationTestData.OpenFreshAsync(App);
        var consultations = App.Scoped<ConsultationService>();
        var text = Demo.Unique("Пропозиція громади");
        var reference = await App.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(App), text));
        var chair = await App.UserIdAsync(Demo.Chair);
        var pending = (await App.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == reference);
        await App.Scoped<ModerationService>().PublishAsync(chair, pending.Id);
        return (reference, text);
    }

    private async Task<IRenderedComponent<AnswersPage>> OpensAsync(string email, string role)
    {
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        var page = Render<AnswersPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")));
        return page;
    }

    private static IElement Card(IRenderedComponent<AnswersPage> page, string reference) =>
        page.Find($"[role=article][aria-label='Пропозиція {reference}']");

    [Fact]
    public async Task A_member_sees_a_published_proposal_on_the_group_s_section_with_the_answer_form()
    {
        var (reference, text) = await PublishedProposalAsync();

        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member);

        Assert.Equal("Відповіді на пропозиції громадськості", page.Find("h1").TextContent.Trim());
        var card = Card(page, reference);
        Assert.Contains($"{reference} · Економіка і екологія", card.TextContent);
        Assert.Contains("Петро Іваненко", card.TextContent);
        Assert.Equal(text, card.QuerySelector(".proposal-text")!.TextContent);
        Assert.Contains(card.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Зберегти відповідь");
    }

    [Theory]
    [InlineData(Demo.Social, WorkspaceRoles.Member)]
    [InlineData(Demo.Expert, WorkspaceRoles.Expert)]
    public async Task Someone_outside_the_group_has_nothing_of_it_to_answer(string email, string role)
    {
        var (reference, _) = await PublishedProposalAsync();

        var page = await OpensAsync(email, role);

        Assert.Contains("Оприлюднених пропозицій до розділів ваших груп поки немає.", page.Markup);
        Assert.DoesNotContain(reference, page.Markup);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Зберегти відповідь");
    }

    [Fact]
    public async Task An_answer_saved_from_the_card_shows_as_the_current_answer()
    {
        var (reference, _) = await PublishedProposalAsync();
        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member);

        // The field takes input only (it is immediate); found and typed into in one turn, as InOneTurn clicks.
        await page.InvokeAsync(() => Card(page, reference).QuerySelector("textarea")!.Input("Врахуємо в наступній версії"));
        Assert.True(Card(page, reference).QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Зберегти відповідь").HasAttribute("disabled"));
        await page.InvokeAsync(() => Card(page, reference).QuerySelectorAll("input[type=radio]")[0].Click());
        page.Click(() => Card(page, reference).QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Зберегти відповідь"));

        page.WaitForAssertion(() => Assert.Contains("Відповідь: Враховано — Врахуємо в наступній версії", Card(page, reference).TextContent));
        var status = await App.Scoped<VisitorService>().StatusAsync(reference);
        Assert.Equal((ProposalOutcome.Accepted, "Врахуємо в наступній версії"), (status!.Outcome, status.AnswerText));
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");
        var (reference, _) = await PublishedProposalAsync();

        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member);

        Assert.Equal("Answer public proposals", page.Find("h1").TextContent.Trim());
        var card = page.Find($"[role=article][aria-label='Proposal {reference}']");
        Assert.Contains(card.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Save the answer");
    }
}
