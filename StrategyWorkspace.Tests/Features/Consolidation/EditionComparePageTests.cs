using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

public sealed class EditionComparePageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<IRenderedComponent<EditionComparePage>> OpensAsync(int from, int to, int? group = null)
    {
        await ConsolidationTestData.SecondEditionAsync(App);
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);
        Render<MudPopoverProvider>();
        var query = group is { } id ? $"from={from}&to={to}&group={id}" : $"from={from}&to={to}";
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/editions/compare?{query}");
        return Render<EditionComparePage>();
    }

    [Fact]
    public async Task Edition_2_against_edition_1_shows_the_revised_problem_the_new_goal_and_the_changelog()
    {
        var page = await OpensAsync(1, 2);

        page.WaitForAssertion(() => Assert.Equal("Додано: 6, змінено: 1, вилучено: 0.", page.Find("[role=status]").TextContent.Trim()));
        Assert.Equal("Порівняння редакції 1 з редакцією 2", page.Find("h1").TextContent.Trim());
        var changes = page.FindAll("section.edition-change");
        Assert.Equal(
        [
            "1.1.1. Економіка області потребує відновлення", "1.3.1. Високотехнологічні виробництва без шкоди для довкілля",
            "1.3.2. Відновлення промислових підприємств і створення нових виробництв", "1.4.1. Залучення інвестицій у створення нових виробництв",
            "1.5.1. Індустріальний парк у м. Сєвєродонецьку", "1.5.2. Програма підтримки малого і середнього підприємництва", "3.3.1. Спроможні об'єднані територіальні громади",
        ], changes.Select(c => c.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Contains("Змінений", changes[0].TextContent);
        Assert.Contains("міжнародні експерти", changes[0].TextContent);
        Assert.Contains("Новий", changes[1].TextContent);
        var changelog = page.Find("section[aria-labelledby=changelog-heading]").TextContent;
        Assert.Contains("Доповнено за результатами засідання робочої групи", changelog);
        Assert.Contains("Доповнення погоджено експертами", changelog);
        Assert.Equal("/editions/compare/export/docx?from=1&to=2",
            page.FindAll("a").Single(a => a.TextContent.Trim() == "Завантажити DOCX з відстеженими змінами").GetAttribute("href"));
        Assert.Equal("/editions/2", page.FindAll("a").Single(a => a.TextContent.Trim() == "Відкрити редакцію 2").GetAttribute("href"));
    }

    [Fact]
    public async Task A_group_without_changes_shows_none_and_an_empty_changelog()
    {
        var page = await OpensAsync(1, 2, group: await App.GroupIdAsync(5));

        page.WaitForAssertion(() => Assert.Equal("Додано: 0, змінено: 0, вилучено: 0.", page.Find("[role=status]").TextContent.Trim()));
        Assert.Contains("Між цими редакціями немає відмінностей у пунктах.", page.Markup);
        Assert.Contains("Між цими редакціями не додано жодної версії.", page.Markup);
        Assert.Empty(page.FindAll("section.edition-change"));
    }

    [Fact]
    public async Task Clearing_the_group_filter_shows_every_change_again()
    {
        var page = await OpensAsync(1, 2, group: await App.GroupIdAsync(5));
        page.WaitForAssertion(() => Assert.Equal("Додано: 0, змінено: 0, вилучено: 0.", page.Find("[role=status]").TextContent.Trim()));

        await page.InvokeAsync(() => page.FindComponent<MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(null));

        page.WaitForAssertion(() => Assert.Equal("Додано: 6, змінено: 1, вилучено: 0.", page.Find("[role=status]").TextContent.Trim()));
        Assert.DoesNotContain("group=", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task An_edition_that_does_not_exist_says_so_and_leads_back_to_the_editions()
    {
        var page = await OpensAsync(1, 99);

        page.WaitForAssertion(() => Assert.Contains("Такої редакції немає.", page.Find("[role=alert]").TextContent));
        Assert.Equal("/editions", page.FindAll("a").Single(a => a.TextContent.Trim() == "Редакції").GetAttribute("href"));
        Assert.Empty(page.FindAll("section.edition-change"));
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");

        var page = await OpensAsync(1, 2);

        page.WaitForAssertion(() => Assert.Equal("Added: 6, changed: 1, removed: 0.", page.Find("[role=status]").TextContent.Trim()));
        Assert.Equal("Edition 1 compared with edition 2", page.Find("h1").TextContent.Trim());
        Assert.Contains(page.FindAll("a"), a => a.TextContent.Trim() == "Download as DOCX with tracked changes");
        Assert.Contains("Changelog", page.Find("section[aria-labelledby=changelog-heading]").TextContent);
    }
}
