namespace StrategyWorkspace.Features.Monitoring;

/// <summary>A report as the list shows it.</summary>
public sealed record ReportSummary(int Number, MonitoringPeriod Period, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);

/// <summary>
/// A report: its period and state, and its figures — frozen as published, or, for a draft, as they are now. <see cref="Content"/> is
/// null for a draft when no edition is adopted any more.
/// </summary>
public sealed record ReportView(int Number, MonitoringPeriod Period, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? PublishedBy,
    ReportContent? Content)
{
    public bool IsPublished => PublishedAt is not null;
}

/// <summary>
/// What a monitoring report says of its period: for each group its goals with their indicators (baseline, target, actual, deviation,
/// on track or not, the reason the group wrote) and progress, each goal's tasks with their projects (status and money), and the money
/// planned and spent. Kept as JSON once published, so every field is plain data.
/// </summary>
public sealed record ReportContent(int EditionNumber, DateOnly? AdoptedOn, string? Decision, int Horizon, IReadOnlyList<ReportGroup> Groups, MoneyTable Money)
{
    public IEnumerable<ReportIndicator> Indicators =>
        Groups.SelectMany(g => g.Goals.SelectMany(goal => goal.Indicators.Concat(goal.Tasks.SelectMany(t => t.Indicators)))
            .Concat(g.TasksWithoutGoal.SelectMany(t => t.Indicators)));
}

public sealed record ReportGroup(int Position, string Name, IReadOnlyList<ReportGoal> Goals, IReadOnlyList<ReportTask> TasksWithoutGoal,
    IReadOnlyList<ReportProject> ProjectsWithoutTask, MoneyTable Money);

public sealed record ReportGoal(string Number, string Title, decimal? Progress, IReadOnlyList<ReportIndicator> Indicators, IReadOnlyList<ReportTask> Tasks);

public sealed record ReportTask(string Number, string Title, decimal? Progress, IReadOnlyList<ReportIndicator> Indicators, IReadOnlyList<ReportProject> Projects);

/// <summary>A project in the report: its status and percentage, money planned and spent up to the period's year, its latest note.</summary>
public sealed record ReportProject(string Number, string Title, ProjectStatus Status, int Percent, decimal Planned, decimal Spent, string? Note)
{
    public bool OverPlan => Spent > Planned;
}

/// <summary>
/// An indicator in the report: its value for the period (<see cref="ValuePeriod"/>: the period, or the year's second half for one measured
/// by half-years), the target for the year, the expected value and how the value stands, the note recorded with it (the reason for a
/// deviation), and its values up to the period for the chart.
/// </summary>
public sealed record ReportIndicator(string Code, Indicator Indicator, MonitoringPeriod? ValuePeriod, decimal? Target, decimal? Actual, decimal? Expected,
    Standing Standing, string? Reason, IReadOnlyList<ReportValue> Values)
{
    public decimal? Deviation => Actual - Expected;
}

public sealed record ReportValue(int Year, int Half, decimal Value);

internal static class ReportIndicatorExtensions
{
    /// <summary>The indicator with its values up to the report's period, as the monitoring's chart draws one.</summary>
    public static MonitoredIndicator AsMonitored(this ReportIndicator indicator) =>
        new(indicator.Indicator, indicator.Code, indicator.Values
            .Select(v => new RecordedValue(new MonitoringPeriod(v.Year, v.Half), v.Value, "", null, "", default, Guid.Empty))
            .ToList());
}
