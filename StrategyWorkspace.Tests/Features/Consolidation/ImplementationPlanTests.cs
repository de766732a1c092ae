using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Tests.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

/// <summary>The Plan of implementation an edition's projects make: its order, and totals that add up exactly.</summary>
public sealed class ImplementationPlanTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private ImplementationPlan Plan() => ImplementationPlan.Of(ExportSamples.WithPlan(), ExportSamples.Words(fixture.App).Localizer);

    [Fact]
    public void Projects_stand_under_their_task_goal_and_group_with_a_line_per_source_and_the_totals_after_each()
    {
        var plan = Plan();

        Assert.Equal([2018, 2019, 2020], plan.Years);
        Assert.Equal(4, plan.ProjectCount);
        Assert.Equal(
        [
            (PlanLineKind.Project, "1.4.1. Інвестиції", "1.5.1. Індустріальний парк", "Обласний бюджет"),
            (PlanLineKind.Project, "", "", "Міжнародна технічна допомога"),
            (PlanLineKind.Project, "", "1.5.2. Підтримка підприємництва", "Обласний бюджет"),
            (PlanLineKind.Project, "", "", "Місцеві бюджети"),
            (PlanLineKind.TaskTotal, "Усього за завданням 1.4.1", "", ""),
            (PlanLineKind.GoalTotal, "Усього за ціллю 1.3.1", "", ""),
            (PlanLineKind.GroupTotal, "Усього за напрямом 1. Економіка і екологія", "", ""),
            (PlanLineKind.Project, "4.4.1. Соціальні послуги", "4.5.1. Амбулаторія", "Державний бюджет"),
            (PlanLineKind.TaskTotal, "Усього за завданням 4.4.1", "", ""),
            (PlanLineKind.GroupTotal, "Усього за напрямом 4. Соціальна сфера і культура", "", ""),
            (PlanLineKind.Project, "Проєкти, що не служать жодному завданню цієї редакції", "4.5.2. Бібліотека", "Інші джерела"),
            (PlanLineKind.SourceTotal, "Усього за джерелами", "", "Державний бюджет"),
            (PlanLineKind.SourceTotal, "Усього за джерелами", "", "Обласний бюджет"),
            (PlanLineKind.SourceTotal, "Усього за джерелами", "", "Місцеві бюджети"),
            (PlanLineKind.SourceTotal, "Усього за джерелами", "", "Міжнародна технічна допомога"),
            (PlanLineKind.SourceTotal, "Усього за джерелами", "", "Інші джерела"),
            (PlanLineKind.GrandTotal, "Усього за планом", "", ""),
        ], plan.Lines.Select(l => (l.Kind, l.Task, l.Project, l.Source)));
    }

    [Fact]
    public void The_totals_of_a_task_goal_group_source_and_the_plan_add_up_exactly_by_year()
    {
        var plan = Plan();
        PlanLine Line(PlanLineKind kind, string startsWith = "") => plan.Lines.Single(l => l.Kind == kind && l.Task.StartsWith(startsWith, StringComparison.Ordinal)
            && (kind != PlanLineKind.SourceTotal || l.Source == "Обласний бюджет"));

        var task = Line(PlanLineKind.TaskTotal, "Усього за завданням 1.4.1");
        Assert.Equal([4600.25m, 2550.5m, 0m], task.Amounts);
        Assert.Equal(7150.75m, task.Total);
        Assert.Equal(7150.75m, Line(PlanLineKind.GoalTotal).Total);
        Assert.Equal(7150.75m, Line(PlanLineKind.GroupTotal, "Усього за напрямом 1.").Total);
        Assert.Equal(10m, Line(PlanLineKind.GroupTotal, "Усього за напрямом 4.").Total);
        var regional = Line(PlanLineKind.SourceTotal);
        Assert.Equal([1600.25m, 2500.5m, 0m], regional.Amounts);
        Assert.Equal(4100.75m, regional.Total);
        var all = Line(PlanLineKind.GrandTotal);
        Assert.Equal([4600.25m, 2560.5m, 1m], all.Amounts);
        Assert.Equal(7161.75m, all.Total);
        Assert.Equal(7161.75m, plan.GrandTotal);
        // The totals by source add up to the plan's.
        Assert.Equal(plan.GrandTotal, plan.Lines.Where(l => l.Kind == PlanLineKind.SourceTotal).Sum(l => l.Total));
    }

    [Fact]
    public void A_projects_first_line_names_its_period_executors_and_the_indicators_it_moves_and_the_text_table_writes_amounts_as_the_language_does()
    {
        var plan = Plan();
        var words = ExportSamples.Words(fixture.App);

        var park = plan.Lines.First(l => l.Project.StartsWith("1.5.1", StringComparison.Ordinal));
        Assert.Equal(("2018 – 2019", "Департамент економіки", "Нові робочі місця, осіб"), (park.Period, park.Executors, park.Indicators));
        var rows = plan.AsText(words.Localizer, words.Culture);
        Assert.Equal(["Завдання", "Проєкт або захід", "Строк", "Виконавці", "Джерело фінансування", "2018", "2019", "2020", "Усього", "Індикатори"], rows[0]);
        Assert.Equal(["1 500", "2 500,5", "", "4 000,5"], rows[1][5..9].Select(c => c.Replace('\u00a0', ' ')));
        Assert.Equal("7 161,75", rows[^1][8].Replace('\u00a0', ' '));
    }

    [Fact]
    public void An_edition_without_projects_has_an_empty_plan()
    {
        var plan = ImplementationPlan.Of(ExportSamples.Document(), ExportSamples.Words(fixture.App).Localizer);

        Assert.True(plan.IsEmpty);
        Assert.Empty(plan.Lines);
        Assert.Equal(0m, plan.GrandTotal);
    }
}
