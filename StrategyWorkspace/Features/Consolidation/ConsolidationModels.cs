using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>How an item's place in the document differs between the current edition and the approved versions.</summary>
public enum ItemChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>One item on the chair's merge screen or in a comparison of two editions, with both texts for the diff.</summary>
public sealed record ItemChange(
    int ItemId, ItemChangeKind Change, ItemNumber Number, ItemKind Kind, int GroupId, int GroupPosition, string GroupName,
    int? OldVersion, string OldTitle, string OldBody,
    int? NewVersion, string NewTitle, string NewBody, GoalTraits? OldGoal = null, GoalTraits? NewGoal = null,
    IndicatorSet? OldIndicators = null, IndicatorSet? NewIndicators = null, ProjectPlan? OldProject = null, ProjectPlan? NewProject = null)
{
    /// <summary>The title a reader knows the item by: the new one, or the old one for an item that left.</summary>
    public string Title => Change == ItemChangeKind.Removed ? OldTitle : NewTitle;
}

/// <summary>What the chair can merge into edition <see cref="NextEdition"/>.</summary>
internal sealed record MergePlan(int CurrentEdition, IReadOnlyList<ItemChange> Candidates)
{
    public int NextEdition => CurrentEdition + 1;

    /// <summary>The chosen candidates as the chair saw them, so a merge can tell when they changed since.</summary>
    public IReadOnlyList<MergeChoice> Choose(IEnumerable<int> itemIds)
    {
        var chosen = itemIds.ToHashSet();
        return Candidates.Where(c => chosen.Contains(c.ItemId)).Select(c => new MergeChoice(c.ItemId, c.NewVersion)).ToList();
    }
}

/// <summary>A line of the editions list.</summary>
public sealed record EditionSummary(
    int Number, DateTimeOffset CreatedAt, string MergedBy, string? Note, int Added, int Changed, int Removed, int ItemCount);

public sealed record EditionLinkView(int ItemId, ItemNumber Number, string Title);

/// <summary>An item as an edition holds it: the version's text and the links as they stood.</summary>
public sealed record EditionItem(
    int ItemId, ItemKind Kind, ItemNumber Number, int VersionNumber, string Title, string Body,
    IReadOnlyList<EditionLinkView> LinksTo, IReadOnlyList<EditionLinkView> LinkedFrom, GoalTraits? Goal = null, EditionLinkView? ServesGoal = null,
    IndicatorSet? Indicators = null, ProjectPlan? Project = null, EditionItemLanguage? Language = null)
{
    /// <summary>The anchor of the item in the document, for the table of contents.</summary>
    public string Anchor => $"item-{ItemId}";
}

/// <summary>
/// How an item of an edition read in a target language stands: <see cref="TranslationStanding.Current"/>, its title and text are the
/// translation's; otherwise they stay the source's (in <see cref="SourceLanguage"/>), and the reader is told the translation is missing or
/// translates an earlier version (<see cref="TranslatesVersion"/>).
/// </summary>
public sealed record EditionItemLanguage(string Language, string SourceLanguage, TranslationStanding Standing, int? TranslatesVersion)
{
    /// <summary>The language its title and text are in.</summary>
    public string TextLanguage => Standing == TranslationStanding.Current ? Language : SourceLanguage;
}

public sealed record EditionSection(ItemKind Kind, string Number, IReadOnlyList<EditionItem> Items)
{
    public string Anchor(int groupPosition) => $"group-{groupPosition}-{(int)Kind}";
}

public sealed record EditionGroup(int GroupId, int Position, string Name, IReadOnlyList<EditionSection> Sections)
{
    public string Anchor => $"group-{Position}";
}

/// <summary>
/// The consolidated strategy document of one edition, as readers and exports see it: the committee's sections
/// around the groups' items. <see cref="Vision"/> is the vision an edition took from the settings before the
/// vision became a section; a vision section, where the edition holds one, is read instead.
/// </summary>
public sealed record EditionDocument(
    int Number, DateTimeOffset CreatedAt, string MergedBy, string? Note,
    string Title, int Horizon, string Vision, IReadOnlyList<EditionGroup> Groups, CommitteeSections Sections, string? TranslatedInto = null)
{
    public int ItemCount => Groups.Sum(g => g.Sections.Sum(s => s.Items.Count)) + Sections.Held.Count;
}

/// <summary>
/// The committee's sections an edition holds, in the document's order: the opening ones (introduction,
/// analysis), the SWOT's four lists under one heading, the vision, and after the groups the implementation.
/// </summary>
public sealed record CommitteeSections(IReadOnlyList<EditionItem> Held)
{
    public static CommitteeSections None { get; } = new([]);

    public IReadOnlyList<EditionItem> Opening => Held.Where(s => s.Kind is ItemKind.Introduction or ItemKind.Analysis).ToList();

    public IReadOnlyList<EditionItem> Swot => Held.Where(s => ItemKinds.SwotKinds.Contains(s.Kind)).ToList();

    public EditionItem? Vision => Held.FirstOrDefault(s => s.Kind == ItemKind.Vision);

    public IReadOnlyList<EditionItem> Closing => Held.Where(s => s.Kind.ComesAfterGroups()).ToList();

    /// <summary>The anchor of the SWOT's heading.</summary>
    public const string SwotAnchor = "edition-swot";
}

/// <summary>A line of the changelog: a version that entered the later edition, with its change note and the chair's reason.</summary>
public sealed record ChangelogEntry(
    int ItemId, ItemNumber Number, string Title, int VersionNumber, string Author, DateTimeOffset SavedAt,
    string ChangeNote, string? ApprovalReason);

/// <summary>What changed from one edition to another.</summary>
internal sealed record EditionComparison(
    int From, int To, IReadOnlyList<ItemChange> Changes, IReadOnlyList<ChangelogEntry> Changelog,
    IReadOnlyList<(int Id, string Name)> Groups)
{
    public IEnumerable<ItemChange> OfGroup(int? groupId) => groupId is { } id ? Changes.Where(c => c.GroupId == id) : Changes;
}

/// <summary>Which editions hold which versions of one item, and whether its group withdrew it.</summary>
internal sealed record ItemEditions(IReadOnlyList<(int Edition, int Version)> Holdings, bool IsWithdrawn, bool CanWithdraw);

/// <summary>The council's adoption of an edition (null when not adopted), and whether the reader may record it.</summary>
public sealed record EditionAdoption(DateOnly? On, string? Decision, bool CanRecord);
