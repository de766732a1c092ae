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

    /// <summary>
    /// Edition <paramref name="expectedCurrent"/> + 1: what <paramref name="current"/> held, with the chosen changes
    /// (an item's approved version entering or replacing its earlier one, or, with no version, the item leaving).
    /// Every entry takes the place its item has now (<paramref name="places"/>), numbered among what the edition
    /// holds, so a draft between two approved items leaves no gap; the links are those between entries.
    /// </summary>
    /// <param name="candidates">What could be merged now; a choice no longer among them was seen on a stale page.</param>
    public static MergedEdition Merge(Strategy strategy, Edition? current, int expectedCurrent, IReadOnlyDictionary<int, int> currentEntries,
        IReadOnlyCollection<MergeChoice> choices, IReadOnlyCollection<MergeChoice> candidates,
        IEnumerable<ItemPlace> places, IEnumerable<(int FromItemId, int ToItemId)> links, string mergedById, string? note, DateTimeOffset now)
    {
        if (choices.Count == 0)
        {
            throw new InvalidInputException("", "Consolidation_NothingSelected");
        }
        InvalidInputException.ThrowIfTooLong("Note", note, MaxNoteLength);
        // Another merge in between (a second tab, a second chair) makes this one stale, not a second edition N+1;
        // so does a chosen item whose approved version changed, or which was withdrawn, since the chair saw it.
        if ((current?.Number ?? 0) != expectedCurrent)
        {
            throw new StaleDataException("Consolidation_EditionChangedMeanwhile");
        }
        var chosen = choices.Distinct().ToList();
        // A set: an edition of thousands of items (the plan's projects) would compare every choice with every candidate.
        if (!chosen.All(candidates.ToHashSet().Contains))
        {
            throw new StaleDataException("Consolidation_CandidatesChangedMeanwhile");
        }

        var held = new Dictionary<int, int>(currentEntries);
        foreach (var step in chosen)
        {
            if (step.Version is { } version)
            {
                held[step.ItemId] = version;
            }
            else
            {
                held.Remove(step.ItemId);
            }
        }
        var edition = new Edition(strategy, expectedCurrent + 1, mergedById, note, now);
        edition.Counted(
            added: chosen.Count(s => s.Version is not null && !currentEntries.ContainsKey(s.ItemId)),
            changed: chosen.Count(s => s.Version is not null && currentEntries.ContainsKey(s.ItemId)),
            removed: chosen.Count(s => s.Version is null));
        var entries = places.Where(p => held.ContainsKey(p.ItemId))
            .GroupBy(p => (p.GroupId, p.Kind))
            .SelectMany(section => section.OrderBy(p => p.Position).Select((p, index) => new EditionEntry
            {
                ItemId = p.ItemId,
                VersionNumber = held[p.ItemId],
                WorkingGroupId = p.GroupId,
                GroupPosition = p.GroupPosition,
                GroupName = p.GroupName,
                Kind = p.Kind,
                Position = index + 1,
            }))
            .ToList();
        var heldLinks = links.Where(l => held.ContainsKey(l.FromItemId) && held.ContainsKey(l.ToItemId))
            .Distinct()
            .Select(l => new EditionLink { FromItemId = l.FromItemId, ToItemId = l.ToItemId })
            .ToList();
        return new MergedEdition(edition, entries, heldLinks);
    }

    private Edition(Strategy strategy, int number, string mergedById, string? note, DateTimeOffset at)
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

    /// <summary>The day the council adopted this edition, and its decision (number and date): the strategy in force, then monitored.</summary>
    public DateOnly? AdoptedOn { get; private set; }
    public string? AdoptionDecision { get; private set; }
    public string? AdoptedById { get; private set; }

    public const int MaxDecisionLength = 500;

    /// <summary>
    /// Records that the council adopted this edition on <paramref name="on"/> by <paramref name="decision"/>. Its indicators and
    /// projects are monitored from then on; a later edition the council adopts takes over. Recorded once: an adoption is a fact.
    /// </summary>
    /// <param name="today">The committee's today: an adoption is not in the future.</param>
    public void Adopt(DateOnly on, string? decision, string byId, DateOnly today)
    {
        if (AdoptedOn is not null)
        {
            throw new WorkspaceRuleException("Adoption_AlreadyAdopted");
        }
        if (string.IsNullOrWhiteSpace(decision))
        {
            throw new InvalidInputException("Decision", "Adoption_DecisionRequired");
        }
        InvalidInputException.ThrowIfTooLong("Decision", decision.Trim(), MaxDecisionLength);
        // Not in the future; it may precede the merge, as a strategy adopted years ago and brought in as the first edition does.
        if (on > today || on.Year < Indicator.EarliestYear)
        {
            throw new InvalidInputException("AdoptedOn", "Adoption_DateOutside");
        }
        AdoptedOn = on;
        AdoptionDecision = decision.Trim();
        AdoptedById = byId;
    }

    private void Counted(int added, int changed, int removed)
    {
        AddedCount = added;
        ChangedCount = changed;
        RemovedCount = removed;
    }
}

/// <summary>
/// What a merge makes: the edition and what it holds. The entries and links are not navigations of the edition:
/// thousands of them (an edition with its plan) are written in bulk, not tracked one by one (docs/benchmarks.md).
/// </summary>
public sealed record MergedEdition(Edition Edition, IReadOnlyList<EditionEntry> Entries, IReadOnlyList<EditionLink> Links);

/// <summary>
/// One change a merge makes: the item's approved version enters the edition, or, with no version, the item
/// leaves it. The chair chooses them with the version the chair saw.
/// </summary>
public sealed record MergeChoice(int ItemId, int? Version);

/// <summary>Where an item stands in the workspace: its group, kind and position.</summary>
public sealed record ItemPlace(int ItemId, int GroupId, int GroupPosition, string GroupName, ItemKind Kind, int Position)
{
    public ItemNumber Number => new(GroupPosition, Kind, Position);
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
