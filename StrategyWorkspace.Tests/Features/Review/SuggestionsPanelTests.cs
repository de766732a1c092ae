using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class SuggestionsPanelTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private const string Text = "Рівень безробіття зростає. Люди виїжджають.";

    private async Task<(int ItemId, int First, int Second)> SuggestedAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Картка пропозиції"), Body = Text }, []);
        var expert = await App.UserIdAsync(Demo.Expert);
        var suggestions = App.Scoped<SuggestionService>();
        var first = await suggestions.SuggestAsync(expert, id, 1, "зростає", SuggestionKind.Replace, "швидко зростає", "Дані служби зайнятості.");
        var second = await suggestions.SuggestAsync(expert, id, 1, " Люди виїжджають.", SuggestionKind.Delete, null, null);
        return (id, first, second);
    }

    private async Task<IRenderedComponent<SuggestionsPanel>> OpensAsync(string email, string role, int itemId, int version = 1)
    {
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var panel = Render<SuggestionsPanel>(p => p.Add(x => x.ItemId, itemId).Add(x => x.VersionNumber, version).Add(x => x.Body, Text)
            .Add(x => x.CanSuggestHere, true).Add(x => x.ShowSource, true));
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("article").Count));
        return panel;
    }

    private static IElement Card(IRenderedComponent<SuggestionsPanel> panel, int index) => panel.FindAll("article")[index];

    private static IElement Button(IElement scope, string text) => scope.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public async Task A_member_sees_each_suggestion_as_a_diff_in_place_and_accepting_one_makes_a_version()
    {
        var (id, _, _) = await SuggestedAsync();
        var panel = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);

        var first = Card(panel, 0);
        Assert.Equal("Пропозиція: Міжнародний експерт", first.GetAttribute("aria-label"));
        Assert.Equal("швидко", first.QuerySelector(".suggested-edit ins")!.TextContent.Replace("додано:", "").Trim());
        Assert.Contains("Обґрунтування: Дані служби зайнятості.", first.TextContent);
        Assert.Equal("Люди виїжджають.", Card(panel, 1).QuerySelector(".suggested-edit del")!.TextContent.Replace("вилучено:", "").Trim());
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Trim() == "Запропонувати правку");

        await Button(first, "Прийняти").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.Contains("Олена Коваленко вніс(ла) у версію 2", Card(panel, 1).TextContent));
        Assert.Contains("Прийнято", Card(panel, 1).TextContent);
        var newest = await App.Scoped<ItemReader>().GetVersionAsync(await App.UserIdAsync(Demo.Economy), id, 2);
        Assert.Equal("Рівень безробіття швидко зростає. Люди виїжджають.", newest.Body);
    }

    [Fact]
    public async Task Declining_needs_a_reason_said_on_the_card_and_keeps_what_was_typed()
    {
        var (id, _, _) = await SuggestedAsync();
        var panel = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);

        await Button(Card(panel, 1), "Відхилити").ClickAsync(new());
        await Button(Card(panel, 1), "Відхилити з цією причиною").ClickAsync(new());
        panel.WaitForAssertion(() => Assert.Contains("Поясніть, чому пропозицію відхилено", Card(panel, 1).TextContent));

        Card(panel, 1).QuerySelector("textarea")!.Input("Речення потрібне для аналізу міграції.");
        await Button(Card(panel, 1), "Відхилити з цією причиною").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.Contains("Олена Коваленко відхилив(ла): Речення потрібне для аналізу міграції.", panel.Markup));
    }

    [Fact]
    public async Task Two_chosen_suggestions_are_accepted_as_one_version()
    {
        var (id, _, _) = await SuggestedAsync();
        var panel = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);

        Card(panel, 0).QuerySelector("input[type=checkbox]")!.Change(true);
        Card(panel, 1).QuerySelector("input[type=checkbox]")!.Change(true);
        await panel.FindAll("button").Single(b => b.TextContent.Trim() == "Прийняти обрані (2) однією версією").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("article").Count(a => a.TextContent.Contains("у версію 2"))));
        var newest = await App.Scoped<ItemReader>().GetVersionAsync(await App.UserIdAsync(Demo.Economy), id, 2);
        Assert.Equal("Рівень безробіття швидко зростає.", newest.Body);
    }

    [Fact]
    public async Task An_expert_may_suggest_but_not_decide()
    {
        var (id, _, _) = await SuggestedAsync();
        var panel = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert, id);

        Assert.Single(panel.FindAll("button"), b => b.TextContent.Trim() == "Запропонувати правку");
        Assert.Equal(Text, panel.Find("[role=region]").TextContent);
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Trim() is "Прийняти" or "Відхилити");
        Assert.Empty(panel.FindAll("input[type=checkbox]"));
    }

    [Fact]
    public async Task A_suggestion_whose_passage_a_later_version_dropped_is_marked_not_lost()
    {
        var (id, _, _) = await SuggestedAsync();
        var member = await App.UserIdAsync(Demo.Economy);
        await App.Scoped<DraftingService>().SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Рівень безробіття зростає." });

        var panel = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id, version: 2);

        Assert.Contains("outdated", Card(panel, 1).ClassList);
        Assert.Contains("Фрагмента вже немає в цій версії", Card(panel, 1).TextContent);
    }
}

public sealed class SuggestEditDialogTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<int> ItemAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        return await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Діалог пропозиції"), Body = "Рівень безробіття зростає." }, []);
    }

    private async Task<(IRenderedComponent<MudDialogProvider>, IDialogReference)> OpenAsync(int itemId, string passage)
    {
        SignIn(await App.UserIdAsync(Demo.Expert), "expert", WorkspaceRoles.Expert);
        Render<MudPopoverProvider>();
        return await OpenDialogAsync<SuggestEditDialog>("Запропонувати правку", new DialogParameters<SuggestEditDialog>
        {
            { d => d.ItemId, itemId }, { d => d.VersionNumber, 1 }, { d => d.Passage, passage },
        });
    }

    [Fact]
    public async Task A_passage_not_in_the_version_is_said_on_its_field_and_the_dialog_keeps_what_was_typed()
    {
        var (provider, dialog) = await OpenAsync(await ItemAsync(), "безробіття падає");
        provider.Find("#suggestion-text").Input("безробіття стабілізується");
        provider.Find("#suggestion-reason").Input("За даними 2016 року.");

        await provider.FindAll("button").Single(b => b.TextContent.Trim() == "Запропонувати").ClickAsync(new());

        provider.WaitForAssertion(() => Assert.Contains("Такого фрагмента немає в цій версії", provider.Markup));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("безробіття стабілізується", provider.Find("#suggestion-text").GetAttribute("value") ?? provider.Find("#suggestion-text").TextContent);
        Assert.Equal("За даними 2016 року.", provider.Find("#suggestion-reason").GetAttribute("value") ?? provider.Find("#suggestion-reason").TextContent);
    }

    [Fact]
    public async Task The_selected_passage_starts_the_text_and_a_deletion_needs_none()
    {
        var id = await ItemAsync();
        var (provider, dialog) = await OpenAsync(id, "зростає");
        Assert.Contains("data-focus-on-open=\"suggestion-text\"", provider.Markup);

        provider.FindAll("input[type=radio]")[1].Click();
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#suggestion-text")));
        await provider.FindAll("button").Single(b => b.TextContent.Trim() == "Запропонувати").ClickAsync(new());

        var result = await dialog.Result;
        Assert.False(result!.Canceled);
        var listed = Assert.Single((await App.Scoped<SuggestionService>().ListAsync(await App.UserIdAsync(Demo.Expert), id, 1)).Suggestions);
        Assert.Equal((SuggestionKind.Delete, "зростає", ""), (listed.Kind, listed.Passage, listed.Text));
    }
}

public sealed class SuggestionsPanelInEnglishTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task The_card_speaks_english()
    {
        UseCulture("en");
        var member = await App.UserIdAsync(Demo.Economy);
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("English card"), Body = "Unemployment grows." }, []);
        await App.Scoped<SuggestionService>().SuggestAsync(await App.UserIdAsync(Demo.Expert), id, 1, "grows", SuggestionKind.Replace, "grows fast", "Data.");
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);
        Render<MudPopoverProvider>();

        var panel = Render<SuggestionsPanel>(p => p.Add(x => x.ItemId, id).Add(x => x.VersionNumber, 1));

        panel.WaitForAssertion(() => Assert.Contains("Awaiting a decision", panel.Markup));
        Assert.Equal("Suggested edits", panel.Find("h2").TextContent.Trim());
        Assert.Contains(panel.FindAll("button"), b => b.TextContent.Trim() == "Accept with changes");
        Assert.Contains("Reason: Data.", panel.Markup);
    }
}
