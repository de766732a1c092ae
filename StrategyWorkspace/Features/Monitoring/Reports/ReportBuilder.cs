using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// Puts a report's figures together from the adopted edition as they are now: the progress board's groups, goals, tasks and projects
/// (money spent counted up to the period's year), and each goal's and task's indicators judged at the period.
/// </summary>
internal static class ReportBuilder
{
    public static async Task<ReportContent?> BuildAsync(WorkspaceDbContext db, MonitoringPeriod period, CancellationToken cancellationToken)
    {
        var edition = await MonitoringService.AdoptedEditionAsync(db, cancellationToken);
        if (edition is null)
        {
            return null;
        }
        var board = await ProgressService.ReadBoardAsync(db, new HashSet<int>(), cancellationToken);
        var measured = (await MonitoringService.MeasuredAsync(db, edition.Id, null, cancellationToken)).ToDictionary(m => m.ItemId);
        var itemIds = measured.Keys.ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.IndicatorKey, v.Year, v.Half, v.Value, v.Note })
                .ToListAsync(cancellationToken))
            .ToLookup(v => (v.ItemId, v.IndicatorKey));

        IReadOnlyList<ReportIndicator> IndicatorsOf(int itemId) =>
            measured.TryGetValue(itemId, out var item)
                ? item.Indicators.Items.Select((indicator, index) =>
                {
                    var recorded = values[(itemId, indicator.Key)].ToList();
                    var at = ValuePeriod(indicator, period);
                    var value = at is null ? null : recorded.FirstOrDefault(v => v.Year == at.Year && v.Half == at.Half);
                    var standing = IndicatorStanding.Of(indicator, at, value?.Value);
                    return new ReportIndicator($"{item.Number}-{index + 1}", indicator, at, indicator.Targets.FirstOrDefault(t => t.Year == period.Year)?.Value,
                        value?.Value, standing.Expected, standing.Standing, value?.Note,
                        recorded.Where(v => new MonitoringPeriod(v.Year, v.Half).CompareTo(at ?? period) <= 0)
                            .OrderBy(v => v.Year).ThenBy(v => v.Half)
                            .Select(v => new ReportValue(v.Year, v.Half, v.Value)).ToList());
                }).ToList()
                : [];

        // Money is counted up to the period's year: a report on 2018 does not show what was spent in 2019.
        ProgressProject UpTo(ProgressProject project) => project with { Spent = project.Spent.Where(s => s.Year <= period.Year).ToList() };
        ReportProject Project(ProgressProject project)
        {
            var counted = UpTo(project);
            return new ReportProject(project.Number.ToString(), project.Title, project.Status, project.Percent, project.Planned, counted.SpentTotal,
                project.LatestNote?.Text);
        }
        ReportTask Task(ProgressTask task) =>
            new(task.Number.ToString(), task.Title, task.Progress, IndicatorsOf(task.ItemId), task.Projects.Select(Project).ToList());

        var groups = board.Groups.Select(g => new ReportGroup(g.Position, g.Name,
                g.Goals.Select(goal => new ReportGoal(goal.Number.ToString(), goal.Title, goal.Progress, IndicatorsOf(goal.ItemId),
                    goal.Tasks.Select(Task).ToList())).ToList(),
                g.TasksWithoutGoal.Select(Task).ToList(),
                g.ProjectsWithoutTask.Select(Project).ToList(),
                MoneyTable.Of(g.Projects.Select(UpTo))))
            .ToList();
        return new ReportContent(edition.Number, edition.AdoptedOn, edition.AdoptionDecision, edition.Horizon, groups,
            MoneyTable.Of(board.Groups.SelectMany(g => g.Projects).Select(UpTo)));
    }

    /// <summary>
    /// The period whose value a report on <paramref name="period"/> takes: the same for a yearly indicator's year or a half-yearly one's
    /// half; the second half for a year's report on one measured by half-years (where the year ends); none for a first half's report on
    /// a yearly indicator.
    /// </summary>
    public static MonitoringPeriod? ValuePeriod(Indicator indicator, MonitoringPeriod period) => (indicator.Periodicity, period.Half) switch
    {
        (Periodicity.Annual, 0) => period,
        (Periodicity.Annual, 2) => new MonitoringPeriod(period.Year),
        (Periodicity.Annual, _) => null,
        (_, 0) => new MonitoringPeriod(period.Year, 2),
        _ => period,
    };
}
