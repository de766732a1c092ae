using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Items;

/// <summary>One line of a group page: an item with its number and the state of its newest version.</summary>
public sealed record ItemRow(
    int Id, ItemKind Kind, int Position, ItemNumber Number, string Title,
    int LatestVersion, RevisionState State, string LastAuthor, DateTimeOffset UpdatedAt, GoalTraits? Goal = null);

public sealed record LinkedItem(int Id, ItemKind Kind, ItemNumber Number, string Title);

public sealed record VersionRow(
    int Number, string Title, string Author, DateTimeOffset CreatedAt, string ChangeNote, RevisionState State, int? BasedOn);

public sealed record VersionContent(
    int Number, string Title, string Body, string Author, DateTimeOffset CreatedAt, string ChangeNote, RevisionState State,
    string? DecisionReason = null, GoalTraits? Goal = null, LinkedItem? ServesGoal = null, IndicatorSet? Indicators = null,
    ProjectPlan? Project = null);

public sealed record ItemView(
    int Id, int GroupId, string GroupName, ItemKind Kind, ItemNumber Number,
    VersionContent Latest,
    IReadOnlyList<LinkedItem> LinksTo,
    IReadOnlyList<LinkedItem> LinkedFrom,
    IReadOnlyList<VersionRow> History,
    bool CanEdit);
