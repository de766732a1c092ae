using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

public sealed class EditionsPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<IRenderedComponent<EditionsPage>> OpensAsync(string email, string role)
    {
        await ConsolidationTestData.SecondEditionAsync(App);
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        var page = Render<EditionsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".editions-table tbody tr").Count));
        return page;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<EditionsPage> page, int number) =>
        page.FindAll(".editions-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == $"Редакція {number}");

    [Fact]
    public async Task The_chair_sees_every_edition_newest_first_with_the_merge_button()
    {
        var page = await OpensAsync(Demo.Chair, WorkspaceRoles.Chair);

        Assert.Equal("Редакції", page.Find("h1").TextContent.Trim());
        Assert.Equal(["Редакція 2", "Редакція 1"], page.FindAll(".editions-table tbody th").Select(th => th.TextContent.Trim()));
        var first = Row(page, 1).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        // Edition 1 of the demo holds the economy problem and the committee's seven sections.
        Assert.Equal(["Голова комітету", "Перше зведення напрацювань робочих груп", "8", "0", "0", "8"], first[1..7]);
        var second = Row(page, 2).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Друге зведення", "6", "1", "0", "14"], second[2..7]);
        Assert.Equal("/editions/compare?from=1&to=2", Row(page, 2).QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Що змінилося").GetAttribute("href"));
        Assert.Equal("/editions/merge", page.FindAll("a").Single(a => a.TextContent.Trim() == "Об’єднати схвалені версії").GetAttribute("href"));
    }

    [Fact]
    public async Task A_member_reads_the_editions_but_has_no_merge_button()
    {
        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member);

        Assert.Equal("/editions/1/export/docx", Row(page, 1).QuerySelectorAll("a").Single(a => a.GetAttribute("aria-label") == "DOCX редакції 1").GetAttribute("href"));
        Assert.DoesNotContain(page.FindAll("a, button"), e => e.TextContent.Contains("Об’єднати схвалені версії"));
    }

    [Fact]
    public async Task Comparing_opens_the_newest_edition_against_the_one_before_by_default()
    {
        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert);
        Assert.Contains(page.FindAll("h2"), h => h.TextContent.Trim() == "Порівняти дві редакції");

        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Порівняти"));

        Assert.EndsWith("/editions/compare?from=1&to=2", Services.GetRequiredService<BunitNavigationManager>().Uri);
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");

        var page = await OpensAsync(Demo.Chair, WorkspaceRoles.Chair);

        Assert.Equal("Editions", page.Find("h1").TextContent.Trim());
        Assert.Contains(page.FindAll("h2"), h => h.TextContent.Trim() == "Compare two editions");
        Assert.Contains(page.FindAll("a"), a => a.TextContent.Trim() == "Merge approved versions");
        Assert.Contains(page.FindAll(".editions-table tbody th"), th => th.TextContent.Trim() == "Edition 2");
    }
}
