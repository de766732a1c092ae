namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// What anyone reads of the adopted strategy's implementation: its indicators with their values, its goals, tasks and projects with
/// their progress and money, and the published monitoring reports. Read without an account, so nothing in it is anyone's to change
/// (<see cref="MonitoredGroup.CanRecord"/> and <see cref="ProgressGroup.CanReport"/> are false), and the pages leave out who typed what.
/// </summary>
public sealed record PublicResults(string StrategyTitle, MonitoringBoard Values, ProgressBoard Progress, IReadOnlyList<ReportSummary> Reports)
{
    public bool IsAdopted => Values.EditionNumber is not null;

    /// <summary>A group's indicators and progress by its position in the document, or null for one the edition does not hold.</summary>
    public PublicGroup? Group(int position) =>
        Progress.Groups.FirstOrDefault(g => g.Position == position) is { } progress
            ? new PublicGroup(progress, Values.Groups.FirstOrDefault(g => g.Position == position)?.Items ?? [], Values.Horizon)
            : null;

    /// <summary>A goal of the adopted edition with its group, or null for an id that is not one.</summary>
    public (PublicGroup Group, ProgressGoal Goal)? Goal(int itemId) =>
        Progress.Groups.SelectMany(g => g.Goals.Select(goal => (Group: g, Goal: goal))).FirstOrDefault(p => p.Goal.ItemId == itemId) is { Goal: not null } found
            ? (Group(found.Group.Position)!, found.Goal)
            : null;

    /// <summary>The address of a group's page.</summary>
    public static string GroupPath(int position) => $"/results/groups/{position}";

    /// <summary>The address of a goal's page.</summary>
    public static string GoalPath(int itemId) => $"/results/goals/{itemId}";

    /// <summary>The address of a published report's page.</summary>
    public static string ReportPath(int number) => $"/results/reports/{number}";
}

/// <summary>A group as its public page shows it: its goals and tasks with their progress and projects, and the indicators of each.</summary>
public sealed record PublicGroup(ProgressGroup Progress, IReadOnlyList<MonitoredItem> Measured, int Horizon)
{
    /// <summary>The indicators of a goal, task or project, with their values; none when it has none.</summary>
    public IReadOnlyList<MonitoredIndicator> IndicatorsOf(int itemId) => Measured.FirstOrDefault(m => m.ItemId == itemId)?.Indicators ?? [];
}
