namespace StrategyWorkspace.Domain;

/// <summary>
/// What one person is typing on one item, autosaved to the server so that a reload, a lost
/// connection or a server restart loses nothing. Saving it makes a version; it is then removed.
/// </summary>
public class WorkingCopy
{
    public int ItemId { get; set; }
    public Item? Item { get; set; }
    public string UserId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>The version the text started from: the base of a three-way merge if others saved meanwhile.</summary>
    public int BaseVersionNumber { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    // A goal's traits as typed (GoalTraits): kept as they are, checked only when the version is saved.
    public GoalLevel? GoalLevel { get; set; }
    public int? Priority { get; set; }
    public string? Condition { get; set; }
    public DateOnly? ConditionExpectedOn { get; set; }
    public int? ServesGoalId { get; set; }

    /// <summary>A goal's or task's indicators as typed, checked only when the version is saved.</summary>
    public IndicatorSet Indicators { get; set; } = IndicatorSet.Empty;

    /// <summary>A project's place in the plan as typed, checked only when the version is saved.</summary>
    public ProjectPlan Project { get; set; } = ProjectPlan.Empty;
}
