using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Search;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Search;

/// <summary>The search page and the app bar's box: results with the matched words marked, nothing found, a number, hostile text.</summary>
public sealed class SearchPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task Results_mark_the_matched_words_and_list_the_versions_that_matched()
    {
        var word = "бджільництво" + Guid.NewGuid().ToString("N")[..6].Select(c => (char)('а' + c % 20)).Aggregate("", (s, c) => s + c);
        var member = await App.UserIdAsync(Demo.Economy);
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(1), ItemKind.Problem,
            new DraftInput { Title = "Пасіки <script>alert(1)</script>", Body = $"Розвиток: {word} у громадах.", ChangeNote = "" }, []);
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);
        Navigation.NavigateTo($"/search?q={Uri.EscapeDataString(word[..10])}");

        var page = Render<SearchPage>();

        page.WaitForAssertion(() => Assert.Contains("Знайдено пунктів: 1", page.Find("[role=status]").TextContent));
        Assert.Equal(word, page.Find(".search-snippet mark").TextContent);
        var link = page.Find($"a[href='/items/{id}']");
        Assert.Contains("Пасіки <script>alert(1)</script>", link.TextContent);
        Assert.Empty(page.FindAll("script"));
        Assert.Equal("версія 1 (Чернетка)", page.Find($"a[href='/items/{id}/versions/1']").TextContent);
    }

    [Fact]
    public void Of_an_items_many_matched_versions_the_newest_eight_are_linked_and_the_rest_counted()
    {
        var title = Marked.Words("Водогін", ["водогін"]);
        var item = new ItemHit(7, new ItemNumber(1, ItemKind.Task, 2), "Економіка", ItemKind.Task, title, title, 12, true,
            Enumerable.Range(1, 12).Reverse().Select(n => new VersionHit(n, n == 12 ? RevisionState.Approved : RevisionState.Superseded)).ToList());

        var view = Render<SearchResultsView>(p => p.Add(v => v.Results, new SearchResults("водогін", ["водогін"], [item], [], [], null)));

        var links = view.FindAll(".search-versions a");
        Assert.Equal(8, links.Count);
        Assert.Equal("версія 12 (Схвалено)", links[0].TextContent);
        Assert.Contains("і ще 4", view.Find(".search-versions").TextContent);
    }

    [Fact]
    public async Task Nothing_found_is_said_in_english_with_the_query()
    {
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);
        UseCulture("en");
        Navigation.NavigateTo("/search?q=%22%20OR%201%3D1%20--%20%F0%9F%99%82");

        var page = Render<SearchPage>();

        page.WaitForAssertion(() => Assert.Equal("Nothing found for \"\" OR 1=1 -- 🙂\".", page.Find("[role=status]").TextContent.Trim()));
    }

    [Fact]
    public async Task An_items_number_opens_the_item_and_the_filters_go_into_the_address()
    {
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);
        Navigation.NavigateTo("/search?q=1.1.1");

        var page = Render<SearchPage>();

        page.WaitForAssertion(() => Assert.Matches(@"/items/\d+$", Navigation.Uri));
        Navigation.NavigateTo("/search");
        var form = Render<SearchForm>(p => p.Add(f => f.Query, "економіка").Add(f => f.Filters, new SearchFilters(Kind: ItemKind.Goal))
            .Add(f => f.Submitted, ((string Query, SearchFilters Filters) s) => Navigation.NavigateTo($"/search?q={s.Query}&kind={s.Filters.Kind}")));
        await form.Find("form").SubmitAsync();
        Assert.EndsWith("/search?q=економіка&kind=Goal", Uri.UnescapeDataString(Navigation.Uri));
    }

    [Fact]
    public void The_app_bar_box_is_a_labelled_search_form_that_opens_the_search_page()
    {
        var box = Render<AppBarSearch>();
        Assert.Equal("search", box.Find("form").GetAttribute("role"));

        box.Find("input").Input("розмінування");
        box.Find("form").Submit();

        Assert.EndsWith("/search?q=%D1%80%D0%BE%D0%B7%D0%BC%D1%96%D0%BD%D1%83%D0%B2%D0%B0%D0%BD%D0%BD%D1%8F", Navigation.Uri);
        Assert.Equal("Пошук", box.Find("input").GetAttribute("aria-label"));
    }
}
