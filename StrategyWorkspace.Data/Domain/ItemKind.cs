namespace StrategyWorkspace.Domain;

/// <summary>The kinds of drafting unit, in the order of their sections in a group (1 Problems … 4 Tasks).</summary>
public enum ItemKind
{
    Problem = 1,
    Solution = 2,
    Goal = 3,
    Task = 4,
}

public static class ItemKinds
{
    /// <summary>
    /// The links DESIGN.md names: a solution addresses problems, a goal answers problems,
    /// a task serves a goal.
    /// </summary>
    public static ItemKind? LinksTo(this ItemKind kind) => kind switch
    {
        ItemKind.Solution => ItemKind.Problem,
        ItemKind.Goal => ItemKind.Problem,
        ItemKind.Task => ItemKind.Goal,
        _ => null,
    };
}
