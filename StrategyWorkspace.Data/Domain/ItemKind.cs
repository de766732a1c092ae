namespace StrategyWorkspace.Domain;

/// <summary>
/// The kinds of drafting unit: a group's, in the order of their sections in the group (1 Problems … 4 Tasks, 5 the
/// projects and measures of the implementation plan),
/// and the committee's own sections of the document (10 and up), one of each.
/// </summary>
public enum ItemKind
{
    Problem = 1,
    Solution = 2,
    Goal = 3,
    Task = 4,
    Project = 5,

    Introduction = 10,
    Analysis = 11,
    Strengths = 12,
    Weaknesses = 13,
    Opportunities = 14,
    Threats = 15,
    Vision = 16,
    Implementation = 17,
}

public static class ItemKinds
{
    /// <summary>What a working group drafts, in the order of its sections.</summary>
    public static IReadOnlyList<ItemKind> GroupKinds { get; } = [ItemKind.Problem, ItemKind.Solution, ItemKind.Goal, ItemKind.Task, ItemKind.Project];

    /// <summary>
    /// The committee's sections, in the document's order: the introduction, the analysis, the SWOT's four lists and
    /// the vision come before the groups' goals and tasks; the implementation and monitoring after them.
    /// </summary>
    public static IReadOnlyList<ItemKind> SectionKinds { get; } =
    [
        ItemKind.Introduction, ItemKind.Analysis, ItemKind.Strengths, ItemKind.Weaknesses, ItemKind.Opportunities, ItemKind.Threats,
        ItemKind.Vision, ItemKind.Implementation,
    ];

    /// <summary>The SWOT's four lists, shown together under one heading.</summary>
    public static IReadOnlyList<ItemKind> SwotKinds { get; } = [ItemKind.Strengths, ItemKind.Weaknesses, ItemKind.Opportunities, ItemKind.Threats];

    /// <summary>A section the committee owns rather than an item a group drafts.</summary>
    public static bool IsSection(this ItemKind kind) => kind >= ItemKind.Introduction;

    /// <summary>What is measured by indicators: goals, tasks, and the projects that move them.</summary>
    public static bool HasIndicators(this ItemKind kind) => kind is ItemKind.Goal or ItemKind.Task or ItemKind.Project;

    /// <summary>What has a place in the implementation plan (executors, period, funding): a project or measure.</summary>
    public static bool HasPlan(this ItemKind kind) => kind == ItemKind.Project;

    /// <summary>A kind whose items must link to at least one item: a project serves a task, or it has no place in the plan.</summary>
    public static bool NeedsLink(this ItemKind kind) => kind == ItemKind.Project;

    /// <summary>A section the document puts after the groups' items.</summary>
    public static bool ComesAfterGroups(this ItemKind kind) => kind == ItemKind.Implementation;

    /// <summary>
    /// The links DESIGN.md names: a solution addresses problems, a goal answers problems,
    /// a task serves a goal, a project or measure serves tasks (and must serve at least one).
    /// </summary>
    public static ItemKind? LinksTo(this ItemKind kind) => kind switch
    {
        ItemKind.Solution => ItemKind.Problem,
        ItemKind.Goal => ItemKind.Problem,
        ItemKind.Task => ItemKind.Goal,
        ItemKind.Project => ItemKind.Task,
        _ => null,
    };
}
