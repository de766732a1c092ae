using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

public sealed class MergePageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<IRenderedComponent<MergePage>> ChairOpensAsync()
    {
        SignIn(await App.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);
        Render<MudPopoverProvider>();
        var page = Render<MergePage>();
        page.WaitForAssertion(() => page.Find("h1"));
        return page;
    }

    private async Task<(int Id, string Title)> ApprovedItemAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var title = Demo.Unique("До редакції");
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem, new DraftInput { Title = title, Body = "Текст" }, []);
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        await App.Scoped<ReviewService>().ApproveAsync(await App.UserIdAsync(Demo.Chair), id, 1, null);
        return (id, title);
    }

    private static void Check(IRenderedComponent<MergePage> page, string label, bool on) =>
        page.Change(() => page.FindAll("label").Single(l => l.TextContent.Contains(label)).QuerySelector("input[type=checkbox]")!, on);

    private static void Create(IRenderedComponent<MergePage> page) =>
        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Contains("Створити редакцію")));

    [Fact]
    public async Task The_chair_sees_what_would_change_with_everything_chosen()
    {
        var (_, title) = await ApprovedItemAsync();

        var page = await ChairOpensAsync();

        Assert.Contains("Об’єднання схвалених версій у редакцію", page.Find("h1").TextContent);
        Assert.Contains(page.FindAll("label"), l => l.TextContent.Contains(title));
        Assert.Contains(page.FindAll("label"), l => l.TextContent.Contains("1.1.1. Економіка області потребує відновлення"));
        Assert.Contains("у редакції версія 1, схвалено версію 2", page.Markup);
        Assert.All(page.FindAll(".merge-candidate input[type=checkbox]"), box => Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)box).IsChecked));
    }

    [Fact]
    public async Task The_text_of_a_change_opens_as_a_diff()
    {
        var problemId = await DemoProblemIdAsync();
        var page = await ChairOpensAsync();

        page.Click(() => page.FindAll("button").First(b => b.TextContent.Contains("Показати текст 1.1.1")));

        page.WaitForAssertion(() =>
        {
            var diff = page.Find($"#merge-diff-{problemId}");
            Assert.Contains("міжнародні експерти", diff.TextContent);
            Assert.NotEmpty(diff.QuerySelectorAll("ins"));
        });
    }

    [Fact]
    public async Task Merging_nothing_says_to_choose_something()
    {
        var page = await ChairOpensAsync();

        Check(page, "Обрати всі", false);
        page.WaitForAssertion(() => Assert.Contains("з обраних: 0", page.Markup));
        Create(page);

        page.WaitForAssertion(() => Assert.Contains("Оберіть принаймні один пункт для об’єднання.", page.Find("[role=alert]").TextContent));
    }

    [Fact]
    public async Task A_merge_made_meanwhile_asks_to_reload_and_keeps_the_note()
    {
        var (id, title) = await ApprovedItemAsync();
        var page = await ChairOpensAsync();
        Check(page, "Обрати всі", false);
        Check(page, title, true);
        page.Change(() => page.Find("textarea"), "Засідання 15 вересня");
        var plan = await App.Scoped<ConsolidationService>().GetMergePlanAsync(await App.UserIdAsync(Demo.Chair));
        await App.Scoped<ConsolidationService>().MergeAsync(await App.UserIdAsync(Demo.Chair), plan.CurrentEdition, plan.Choose([id]), null);

        Create(page);

        page.WaitForAssertion(() => Assert.Contains("Тим часом хтось створив нову редакцію", page.Find("[role=alert]").TextContent));
        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Contains("Оновити перелік")));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[role=alert]")));
        Assert.Equal("Засідання 15 вересня", page.Find("textarea").GetAttribute("value") ?? page.Find("textarea").TextContent);
        Assert.DoesNotContain(page.FindAll("label"), l => l.TextContent.Contains(title));
    }

    [Theory]
    [InlineData(Demo.Economy, WorkspaceRoles.Member)]
    [InlineData(Demo.Expert, WorkspaceRoles.Expert)]
    public async Task Anyone_but_the_chair_or_administrator_is_not_allowed(string email, string role)
    {
        SignIn(await App.UserIdAsync(email), email, role);

        var page = Render<MergePage>();

        page.WaitForAssertion(() => Assert.Contains("Недостатньо прав", page.Markup));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Створити редакцію"));
    }

    private async Task<int> DemoProblemIdAsync()
    {
        var document = await App.Scoped<EditionReader>().GetDocumentAsync(await App.UserIdAsync(Demo.Expert), 1);
        return document!.Groups[0].Sections[0].Items[0].ItemId;
    }
}
