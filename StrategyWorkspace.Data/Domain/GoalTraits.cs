namespace StrategyWorkspace.Domain;

/// <summary>The methodology's two levels of goal: an operational goal serves a strategic one.</summary>
public enum GoalLevel
{
    Strategic = 1,
    Operational = 2,
}

/// <summary>
/// What the methodology asks of a goal besides its text, versioned with it: its level, its priority
/// (1 the highest), the condition it may depend on ("when the law on … is adopted") with the date
/// that is expected, and, for an operational goal, the strategic goal it serves.
/// </summary>
public sealed record GoalTraits(GoalLevel Level, int? Priority = null, string? Condition = null, DateOnly? ConditionExpectedOn = null,
    int? ServesGoalId = null)
{
    public const int HighestPriority = 1;
    public const int LowestPriority = 3;
    public const int MaxConditionLength = 1_000;

    public static readonly GoalTraits Default = new(GoalLevel.Strategic);

    /// <summary>The traits as a version keeps them: the condition trimmed, refused where the rules say.</summary>
    public GoalTraits Checked()
    {
        if (!Enum.IsDefined(Level))
        {
            throw new InvalidInputException(nameof(Level), "Goal_UnknownLevel");
        }
        if (Priority is < HighestPriority or > LowestPriority)
        {
            throw new InvalidInputException(nameof(Priority), "Goal_PriorityOutOfRange", HighestPriority, LowestPriority);
        }
        var condition = string.IsNullOrWhiteSpace(Condition) ? null : Condition.Trim();
        InvalidInputException.ThrowIfTooLong(nameof(Condition), condition, MaxConditionLength);
        if (condition is null && ConditionExpectedOn is not null)
        {
            throw new InvalidInputException(nameof(ConditionExpectedOn), "Goal_DateWithoutCondition");
        }
        if (ServesGoalId is not null && Level != GoalLevel.Operational)
        {
            throw new InvalidInputException(nameof(ServesGoalId), "Goal_OnlyOperationalServes");
        }
        return this with { Condition = condition };
    }
}
