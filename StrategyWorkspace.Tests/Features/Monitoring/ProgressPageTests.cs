using Bunit;
using MudBlazor;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>The projects' progress page, its charts and its dialog, on the real services of an app whose plan the council adopted.</summary>
public sealed class ProgressPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task A_goal_shows_its_computed_progress_its_indicators_summary_and_its_tasks_projects_with_charts_and_a_table_of_money()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(App);
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Render<ProgressPage>();

        page.WaitForAssertion(() => Assert.Contains(plan.GoalTitle, page.Markup));
        var goal = page.FindAll(".mud-paper").Single(p => p.InnerHtml.Contains($"/items/{plan.GoalId}"));
        Assert.Contains("Виконання: 0 % (обчислено з проєктів)", goal.TextContent.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("за планом: 0, з відставанням: 0, без даних: 1", goal.TextContent);
        Assert.Contains("Як це визначається?", goal.QuerySelector("details summary")!.TextContent);
        var table = goal.QuerySelector(".project-progress table")!;
        Assert.Equal(["Проєкт чи захід", "Стан", "Виконано, %", "Заплановано", "Витрачено", "Остання примітка", "Дії"],
            table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["Заплановано", "0 %", "1 000"], table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim().Replace('\u00a0', ' ')));
        Assert.StartsWith("Звітувати про проєкт 1.", table.QuerySelector("tbody button")!.GetAttribute("aria-label"));

        var strategy = page.Find("section[aria-labelledby='progress-strategy']");
        var charts = strategy.QuerySelectorAll("figure svg[role='img']");
        Assert.Equal(2, charts.Length);
        Assert.All(charts, c => Assert.NotEmpty(c.QuerySelector("desc")!.TextContent));
        Assert.Contains("Обласний бюджет", strategy.QuerySelector(".money-table table tbody")!.TextContent);
    }

    [Fact]
    public async Task The_dialog_reports_progress_shows_a_refusal_on_its_field_keeping_what_was_typed()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(App);
        var member = await App.UserIdAsync(Demo.Economy);
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);
        var project = (await App.Scoped<ProgressService>().GetBoardAsync(member)).Groups.SelectMany(g => g.Projects).Single(p => p.ItemId == plan.SmallProjectId);
        var (provider, dialog) = await OpenDialogAsync<ReportProgressDialog>("Виконання", new DialogParameters<ReportProgressDialog> { { d => d.Project, project } });

        provider.Find("#progress-percent").Input("60");
        provider.FindAll("button").Single(b => b.TextContent.Contains("Додати витрати")).Click();
        provider.Find("#spent-0-year").Input("2100");
        provider.Find("#spent-0-amount").Input("1200");
        provider.Find("textarea").Change("Подорожчали матеріали");
        await provider.Find("form").SubmitAsync();
        provider.WaitForAssertion(() => Assert.Contains($"Витрати звітуються за рік від 1991 до {DateTime.Now.Year}.", provider.Markup));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal("Подорожчали матеріали", provider.Find("textarea").GetAttribute("value") ?? provider.Find("textarea").TextContent);

        provider.Find("#spent-0-year").Input("2018");
        await provider.Find("form").SubmitAsync();

        Assert.False((await dialog.Result)!.Canceled);
        var reported = (await App.Scoped<ProgressService>().GetBoardAsync(member)).Groups.SelectMany(g => g.Projects).Single(p => p.ItemId == plan.SmallProjectId);
        Assert.Equal((60, 1200m, true, "Подорожчали матеріали"), (reported.Percent, reported.SpentTotal, reported.OverPlan, reported.LatestNote!.Text));
    }

    [Fact]
    public async Task Another_groups_member_reads_without_the_buttons_and_in_english_the_page_is_english()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(App);
        await App.Scoped<ProgressService>().ReportAsync(await App.UserIdAsync(Demo.Economy),
            new ProgressInput(plan.LargeProjectId, ProjectStatus.InProgress, 20, [new SpentInput(FundingSource.RegionalBudget, 2018, 3500m)], null, null, null));
        SignIn(await App.UserIdAsync(Demo.Social), Demo.Social, WorkspaceRoles.Member);
        UseCulture("en");

        var page = Render<ProgressPage>();

        page.WaitForAssertion(() => Assert.Contains(plan.GoalTitle, page.Markup));
        var goal = page.FindAll(".mud-paper").Single(p => p.InnerHtml.Contains($"/items/{plan.GoalId}"));
        Assert.Contains("Progress: 15 % (computed from the projects)", goal.TextContent.Replace('\u00a0', ' '));
        Assert.Contains("In progress", goal.TextContent);
        Assert.Contains("over plan by 500", goal.TextContent.Replace('\u00a0', ' '));
        Assert.Empty(goal.QuerySelectorAll("table button"));
    }
}
