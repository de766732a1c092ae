using Bunit;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Features.Monitoring.Public;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>The public results' own components, on figures made here: the goals' table, the parts' navigation, and the public form of the shared tables.</summary>
public sealed class PublicResultsComponentTests : WorkspaceComponentTest
{
    private static readonly ProjectPlan Plan = new("", "Департамент", "Область", new PlanPeriod(2018), new PlanPeriod(2019),
        [new FundingLine(FundingSource.RegionalBudget, 2018, 1000m)]);

    private static ProgressProject Project(int id, ProjectStatus status, int percent, decimal spent, string? note = null) =>
        new(id, new ItemNumber(1, ItemKind.Project, id), $"Проєкт {id}", Plan, status, percent, [new SpentLine(FundingSource.RegionalBudget, 2018, spent)],
            note is null ? null : new ProgressNoteView(new DateOnly(2018, 6, 1), note, status, percent, "Олена Коваленко", DateTimeOffset.UtcNow), Guid.NewGuid());

    private static ProgressGroup Group()
    {
        var task = new ProgressTask(20, new ItemNumber(1, ItemKind.Task, 1), "Інвестиції", 55m, [Project(1, ProjectStatus.InProgress, 10, 100m, "Закуплено"), Project(2, ProjectStatus.Done, 100, 1200m)]);
        var goal = new ProgressGoal(10, new ItemNumber(1, ItemKind.Goal, 1), "Конкурентоспроможна економіка", 55m, [Standing.OnTrack, Standing.Behind, Standing.NoData, Standing.NoData], [task]);
        var idle = new ProgressGoal(11, new ItemNumber(1, ItemKind.Goal, 2), "Чисте довкілля", null, [], []);
        return new ProgressGroup(1, 1, "Економіка і екологія", false, [goal, idle], [], [], MoneyTable.Of(task.Projects));
    }

    [Fact]
    public void The_goals_table_gives_each_goal_its_progress_its_indicators_by_standing_and_its_money()
    {
        var table = Render<ResultsGoalsTable>(p => p.Add(x => x.Group, Group()));

        Assert.Equal("Цілі розділу 1. Економіка і екологія", table.Find("[role=region]").GetAttribute("aria-label"));
        Assert.Equal(["Ціль", "Виконання", "Індикаторів за планом", "З відставанням", "Без даних", "Заплановано", "Витрачено"],
            table.FindAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = table.FindAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim().Replace('\u00a0', ' ')).ToArray()).ToList();
        Assert.Equal($"{new ItemNumber(1, ItemKind.Goal, 1)}. Конкурентоспроможна економіка", rows[0][0]);
        Assert.Equal(["55 %", "1", "1", "2", "2 000"], rows[0][1..6]);
        Assert.Contains("1 300", rows[0][6]);
        Assert.Equal(["—", "0", "0", "0", "0", "0"], rows[1][1..]);
    }

    [Fact]
    public void In_english_the_table_is_english_and_a_group_without_goals_says_so()
    {
        UseCulture("en");
        var table = Render<ResultsGoalsTable>(p => p.Add(x => x.Group, Group()));
        Assert.Equal("Indicators on track", table.FindAll("thead th")[2].TextContent.Trim());

        var empty = Render<ResultsGoalsTable>(p => p.Add(x => x.Group, Group() with { Goals = [] }));
        Assert.Equal("This section has no goals.", empty.Find("p").TextContent);
    }

    [Fact]
    public void The_navigation_names_every_part_and_marks_the_one_shown()
    {
        var results = new PublicResults("Стратегія", MonitoringBoard.NoneAdopted(2020), new ProgressBoard(3, [Group()], MoneyTable.Of([])), []);

        var nav = Render<ResultsNavigation>(p => p.Add(x => x.Results, results).Add(x => x.Shown, "group-1"));

        Assert.Equal("Розділи результатів", nav.Find("nav").GetAttribute("aria-label"));
        Assert.Equal(["/results", "/results/groups/1", "/results#results-reports", "/results/data"], nav.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1. Економіка і екологія", nav.Find("a[aria-current=page]").TextContent);
    }

    [Fact]
    public void On_the_public_page_a_project_has_no_link_into_the_workspace_and_a_value_does_not_name_who_typed_it()
    {
        var projects = Render<ProjectProgressTable>(p => p.Add(x => x.Projects, Group().Goals[0].Tasks[0].Projects).Add(x => x.Caption, "Проєкти").Add(x => x.Public, true));
        Assert.Empty(projects.FindAll("a"));
        Assert.Contains("Закуплено", projects.Markup);
        Assert.DoesNotContain("Олена Коваленко", projects.Markup);

        var indicator = new Indicator(Guid.NewGuid(), "Частка доріг", "%", "Служба", Periodicity.Annual, 12m, 2015, [new IndicatorTarget(2018, 30m)]);
        var measured = new MonitoredIndicator(indicator, "1.1-1", [new RecordedValue(new MonitoringPeriod(2017), 20m, "Служба доріг", "Затримка", "Олена Коваленко", DateTimeOffset.UtcNow, Guid.NewGuid())]);
        var values = Render<IndicatorValuesTable>(p => p.Add(x => x.ItemId, 10).Add(x => x.Indicator, measured).Add(x => x.Horizon, 2020).Add(x => x.Public, true));
        Assert.Contains("Служба доріг", values.Markup);
        Assert.Contains("Затримка", values.Markup);
        Assert.DoesNotContain("Олена Коваленко", values.Markup);
        Assert.Empty(values.FindAll("button"));
    }

    [Fact]
    public void A_goals_indicators_take_a_line_each_with_the_latest_value_what_was_expected_and_how_it_stands()
    {
        var indicator = new Indicator(Guid.NewGuid(), "Частка доріг", "%", "Служба", Periodicity.Annual, 12m, 2015, [new IndicatorTarget(2018, 30m)]);
        var measured = new MonitoredIndicator(indicator, "1.3.1-1", [new RecordedValue(new MonitoringPeriod(2017), 20m, "Служба", null, "Олена Коваленко", DateTimeOffset.UtcNow, Guid.NewGuid())]);

        var table = Render<ResultsIndicatorsTable>(p => p.Add(x => x.Indicators, [measured]).Add(x => x.Caption, "Індикатори 1.3.1"));

        Assert.Equal("Індикатори 1.3.1", table.Find("[role=region]").GetAttribute("aria-label"));
        Assert.Equal(["1.3.1-1", "Частка доріг, %", "12 (2015)", "2017", "20", "24", "Відставання"],
            table.FindAll("tbody tr")[0].Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void A_goals_tasks_take_a_line_each_with_progress_projects_and_money()
    {
        var table = Render<ResultsTasksTable>(p => p.Add(x => x.Tasks, Group().Goals[0].Tasks).Add(x => x.Caption, "Завдання"));

        var cells = table.FindAll("tbody tr")[0].Children.Select(c => c.TextContent.Trim().Replace('\u00a0', ' ')).ToArray();
        Assert.Equal([$"{new ItemNumber(1, ItemKind.Task, 1)}. Інвестиції", "55 %", "2", "2 000"], cells[..4]);
        Assert.StartsWith("1 300", cells[4]);
    }
}
