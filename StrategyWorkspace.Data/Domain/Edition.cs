namespace StrategyWorkspace.Domain;

/// <summary>
/// Edition N of the consolidated strategy document: a frozen snapshot of which version of which
/// item it holds, in which order, under which title and vision. Nothing changes an edition once
/// the chair has merged it; later approvals go into the next one.
/// </summary>
public class Edition
{
    public const int MaxNoteLength = 2_000;

    private Edition()
    {
    }

    public Edition(Strategy strategy, int number, string mergedById, string? note, DateTimeOffset at)
    {
        StrategyId = strategy.Id;
        Number = number;
        Title = strategy.Title;
        Horizon = strategy.Horizon;
        Vision = strategy.Vision;
        MergedById = mergedById;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public int StrategyId { get; private set; }

    /// <summary>1, 2, 3… within the strategy; unique, so two merges at once cannot both make edition N+1.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; } = "";
    public int Horizon { get; private set; }
    public string Vision { get; private set; } = "";
    public string MergedById { get; private set; } = "";
    public ApplicationUser? MergedBy { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Against the previous edition: items that entered, changed version, and left.</summary>
    public int AddedCount { get; private set; }
    public int ChangedCount { get; private set; }
    public int RemovedCount { get; private set; }

    public List<EditionEntry> Entries { get; } = [];
    public List<EditionLink> Links { get; } = [];

    public void Counted(int added, int changed, int removed)
    {
        AddedCount = added;
        ChangedCount = changed;
        RemovedCount = removed;
    }
}

/// <summary>
/// One item in an edition: the version it holds and where it stood when merged (group, kind and
/// the group's name), so renaming or reordering later leaves the edition as it was. The position
/// is the item's place among what the edition holds of its group and kind, in the workspace's
/// order: the edition's numbers have no gap where a draft stood between two approved items.
/// </summary>
public class EditionEntry
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public int ItemId { get; set; }
    public int VersionNumber { get; set; }
    public int WorkingGroupId { get; set; }
    public int GroupPosition { get; set; }
    public string GroupName { get; set; } = "";
    public ItemKind Kind { get; set; }
    public int Position { get; set; }
}

/// <summary>A link between two items of an edition (solution → problem…), as it stood when merged.</summary>
public class EditionLink
{
    public int EditionId { get; set; }
    public int FromItemId { get; set; }
    public int ToItemId { get; set; }
}
