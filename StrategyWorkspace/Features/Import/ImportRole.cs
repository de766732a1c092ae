using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Import;

/// <summary>What a heading of an imported document becomes; the administrator can change each guess before confirming.</summary>
public enum ImportRole
{
    /// <summary>Left out, with the text under it (a title page, the contents, a heading over a list of goals).</summary>
    Skip,

    /// <summary>Part of the text of the item or section above it, as a subheading.</summary>
    Text,

    /// <summary>A working group: the items under it are its items.</summary>
    Group,

    Introduction,
    Analysis,
    Strengths,
    Weaknesses,
    Opportunities,
    Threats,
    Vision,
    Implementation,

    Problem,
    Solution,
    StrategicGoal,
    OperationalGoal,
    Task,
    Project,
}

public static class ImportRoles
{
    /// <summary>Every role in the order the preview offers them.</summary>
    public static IReadOnlyList<ImportRole> All { get; } = Enum.GetValues<ImportRole>();

    /// <summary>The kind of item or committee section the role makes; none for a group, text or a left-out heading.</summary>
    public static ItemKind? Kind(this ImportRole role) => role switch
    {
        ImportRole.Introduction => ItemKind.Introduction,
        ImportRole.Analysis => ItemKind.Analysis,
        ImportRole.Strengths => ItemKind.Strengths,
        ImportRole.Weaknesses => ItemKind.Weaknesses,
        ImportRole.Opportunities => ItemKind.Opportunities,
        ImportRole.Threats => ItemKind.Threats,
        ImportRole.Vision => ItemKind.Vision,
        ImportRole.Implementation => ItemKind.Implementation,
        ImportRole.Problem => ItemKind.Problem,
        ImportRole.Solution => ItemKind.Solution,
        ImportRole.StrategicGoal or ImportRole.OperationalGoal => ItemKind.Goal,
        ImportRole.Task => ItemKind.Task,
        ImportRole.Project => ItemKind.Project,
        _ => null,
    };

    public static bool IsSection(this ImportRole role) => role.Kind()?.IsSection() == true;

    public static bool IsGroupItem(this ImportRole role) => role.Kind() is { } kind && !kind.IsSection();

    /// <summary>Whatever holds text of its own: the headings below it marked as text join it.</summary>
    public static bool HoldsText(this ImportRole role) => role.Kind() is not null;

    public static ImportRole ForKind(ItemKind kind, bool operational = false) => kind switch
    {
        ItemKind.Goal => operational ? ImportRole.OperationalGoal : ImportRole.StrategicGoal,
        _ => Enum.Parse<ImportRole>(kind.ToString()),
    };
}
