namespace StrategyWorkspace.Domain;

/// <summary>
/// The kinds of drafting unit: a group's, in the order of their sections in the group (1 Problems … 4 Tasks),
/// and the committee's own sections of the document (10 and up), one of each.
/// </summary>
public enum ItemKind
{
    Problem = 1,
    Solution = 2,
    Goal = 3,
    Task = 4,

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
    public static IReadOnlyList<ItemKind> GroupKinds { get; } = [ItemKind.Problem, ItemKind.Solution, ItemKind.Goal, ItemKind.Task];

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

    /// <summary>What is measured by indicators: goals and tasks.</summary>
    public static bool HasIndicators(this ItemKind kind) => kind is ItemKind.Goal or ItemKind.Task;

    /// <summary>A section the document puts after the groups' items.</summary>
    public static bool ComesAfterGroups(this ItemKind kind) => kind == ItemKind.Implementation;

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
