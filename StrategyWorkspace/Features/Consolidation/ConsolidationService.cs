using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Shared;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// The consolidated strategy document: the chair merges approved versions into edition N+1,
/// everyone signed in reads and compares editions. An edition never changes after its merge.
/// </summary>
public sealed class ConsolidationService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, TimeProvider clock)
{
    private static readonly string[] Mergers = [WorkspaceRoles.Chair, WorkspaceRoles.Administrator];

    /// <summary>Every item whose approved version differs from what the current edition holds. Chair and administrator only.</summary>
    public async Task<MergePlan> GetMergePlanAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAnyRoleAsync(db, actorId, cancellationToken, Mergers);
        var current = await CurrentEditionAsync(db, cancellationToken);
        var candidates = await CandidatesAsync(db, current?.Id, cancellationToken, withApprovedTexts: true);

        // The edition's texts only for what leaves or changes: an unchanged item's old text is not shown.
        var replaced = candidates.Where(c => c.Change != ItemChangeKind.Added).Select(c => c.ItemId).ToList();
        var oldTexts = replaced.Count == 0
            ? []
            : await EntryTexts(db, current?.Id ?? 0, replaced).ToDictionaryAsync(t => t.ItemId, cancellationToken);
        var changes = candidates.Select(c =>
        {
            var old = oldTexts.GetValueOrDefault(c.ItemId);
            return new ItemChange(c.ItemId, c.Change, c.Placement.Number, c.Placement.Kind, c.Placement.GroupId, c.Placement.GroupPosition,
                c.Placement.GroupName, old?.VersionNumber, old?.Title ?? "", old?.Body ?? "",
                c.Change == ItemChangeKind.Removed ? null : c.ApprovedVersion, c.NewTitle ?? "", c.NewBody ?? "");
        }).ToList();
        return new MergePlan(current?.Number ?? 0, changes);
    }

    /// <summary>
    /// Makes edition <paramref name="expectedCurrentEdition"/> + 1 from the current one and the
    /// chosen candidates. Another merge in between (a second tab, a second chair) makes this one
    /// stale rather than a second edition of the same number; so does a chosen item whose approved
    /// version changed, or which was withdrawn, since the chair saw it.
    /// </summary>
    public async Task<int> MergeAsync(string? actorId, int expectedCurrentEdition, IReadOnlyCollection<MergeChoice> choices, string? note, CancellationToken cancellationToken = default)
    {
        if (choices.Count == 0)
        {
            throw new InvalidInputException("", "Consolidation_NothingSelected");
        }
        if (note?.Length > Edition.MaxNoteLength)
        {
            throw new InvalidInputException("Note", "Validation_MaxLength", "", Edition.MaxNoteLength);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // BEGIN IMMEDIATE on SQLite: a second merge waits here, then finds the edition number moved on.
        await using var transaction = await writeGate.BeginAsync(db, cancellationToken);
        await Rights.RequireAnyRoleAsync(db, actorId, cancellationToken, Mergers);
        var current = await CurrentEditionAsync(db, cancellationToken);
        if ((current?.Number ?? 0) != expectedCurrentEdition)
        {
            throw new StaleDataException("Consolidation_EditionChangedMeanwhile");
        }

        var candidates = await CandidatesAsync(db, current?.Id, cancellationToken);
        var chosen = candidates.Where(c => choices.Contains(new MergeChoice(c.ItemId, c.Change == ItemChangeKind.Removed ? null : c.ApprovedVersion))).ToList();
        if (chosen.Count != choices.Distinct().Count())
        {
            throw new StaleDataException("Consolidation_CandidatesChangedMeanwhile");
        }

        var held = current is null
            ? new Dictionary<int, int>()
            : await db.EditionEntries.Where(e => e.EditionId == current.Id).ToDictionaryAsync(e => e.ItemId, e => e.VersionNumber, cancellationToken);
        foreach (var change in chosen)
        {
            if (change.Change == ItemChangeKind.Removed)
            {
                held.Remove(change.ItemId);
            }
            else
            {
                held[change.ItemId] = change.ApprovedVersion!.Value;
            }
        }

        var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync(cancellationToken);
        var edition = new Edition(strategy, expectedCurrentEdition + 1, actorId!, note, clock.GetUtcNow());
        edition.Counted(
            chosen.Count(c => c.Change == ItemChangeKind.Added),
            chosen.Count(c => c.Change == ItemChangeKind.Changed),
            chosen.Count(c => c.Change == ItemChangeKind.Removed));

        // Every entry takes the place its item has now, so the edition reads in today's order, and
        // is numbered among what the edition holds: a draft between two approved items leaves no gap.
        var entryIds = held.Keys.ToList();
        var placements = await Placements(db, entryIds).ToListAsync(cancellationToken);
        edition.Entries.AddRange(placements
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
            })));
        var links = await db.ItemLinks.Where(l => entryIds.Contains(l.FromItemId) && entryIds.Contains(l.ToItemId))
            .Select(l => new { l.FromItemId, l.ToItemId }).ToListAsync(cancellationToken);
        edition.Links.AddRange(links.Select(l => new EditionLink { FromItemId = l.FromItemId, ToItemId = l.ToItemId }));
        db.Editions.Add(edition);
        db.Activity.Add(new ActivityEntry(ActivityKind.EditionMerged, actorId!, clock.GetUtcNow(), null, null, edition.Number, note));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique edition number: a merge on another connection got there first.
            throw new StaleDataException("Consolidation_EditionChangedMeanwhile");
        }
        return edition.Number;
    }

    public async Task<IReadOnlyList<EditionSummary>> ListEditionsAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await db.Editions.AsNoTracking().OrderByDescending(e => e.Number)
            .Select(e => new EditionSummary(e.Number, e.CreatedAt, e.MergedBy!.DisplayName, e.Note,
                e.AddedCount, e.ChangedCount, e.RemovedCount, e.Entries.Count))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The document of edition <paramref name="number"/>, or of the newest edition when null; null when there is none.</summary>
    public async Task<EditionDocument?> GetDocumentAsync(string? actorId, int? number = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await ReadDocumentAsync(db, number, cancellationToken);
    }

    /// <summary>
    /// Edition <paramref name="to"/> against edition <paramref name="from"/> (0 = before the first
    /// edition): the items added, removed and changed, and the changelog of the versions that entered.
    /// </summary>
    public async Task<EditionComparison> CompareAsync(string? actorId, int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var fromId = await EditionIdAsync(db, from, cancellationToken);
        var toId = await EditionIdAsync(db, to, cancellationToken);

        var before = await EntryTexts(db, fromId).ToDictionaryAsync(t => t.ItemId, cancellationToken);
        var after = await EntryTexts(db, toId).ToDictionaryAsync(t => t.ItemId, cancellationToken);
        var changes = new List<ItemChange>();
        foreach (var id in before.Keys.Union(after.Keys))
        {
            var old = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            if (old is not null && now is not null && old.VersionNumber == now.VersionNumber)
            {
                continue;
            }
            var kind = old is null ? ItemChangeKind.Added : now is null ? ItemChangeKind.Removed : ItemChangeKind.Changed;
            var place = (now ?? old)!.Placement;
            changes.Add(new ItemChange(id, kind, place.Number, place.Kind, place.GroupId, place.GroupPosition, place.GroupName,
                old?.VersionNumber, old?.Title ?? "", old?.Body ?? "", now?.VersionNumber, now?.Title ?? "", now?.Body ?? ""));
        }
        changes = changes.OrderBy(c => c.GroupPosition).ThenBy(c => c.Kind).ThenBy(c => c.Number, NumberOrder.Instance).ToList();

        var entered = changes.Where(c => c.NewVersion is not null).ToDictionary(c => c.ItemId);
        var enteredIds = entered.Keys.ToList();
        var versions = await db.ItemVersions.AsNoTracking().Where(v => enteredIds.Contains(v.ItemId))
            .Select(v => new { v.ItemId, v.Number, v.Title, Author = v.Author!.DisplayName, v.CreatedAt, v.ChangeNote, v.State, v.DecidedById, v.DecisionReason })
            .ToListAsync(cancellationToken);
        var changelog = versions
            .Where(v => v.Number > (entered[v.ItemId].OldVersion ?? 0) && v.Number <= entered[v.ItemId].NewVersion)
            .Select(v => new ChangelogEntry(v.ItemId, entered[v.ItemId].Number, v.Title, v.Number, v.Author, v.CreatedAt, v.ChangeNote,
                v.DecidedById is not null && v.State is RevisionState.Approved or RevisionState.Superseded ? v.DecisionReason : null))
            .OrderBy(e => changes.FindIndex(c => c.ItemId == e.ItemId)).ThenBy(e => e.VersionNumber)
            .ToList();

        var groups = changes.Select(c => (c.GroupId, c.GroupName, c.GroupPosition)).Distinct()
            .OrderBy(g => g.GroupPosition).Select(g => (g.GroupId, g.GroupName)).ToList();
        return new EditionComparison(from, to, changes, changelog, groups);
    }

    /// <summary>Which editions hold which versions of an item, for the item page.</summary>
    public async Task<ItemEditions> GetItemEditionsAsync(string? actorId, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("Drafting_ItemNotFound");
        var holdings = await (
                from entry in db.EditionEntries
                where entry.ItemId == itemId
                join edition in db.Editions on entry.EditionId equals edition.Id
                orderby edition.Number
                select new { edition.Number, entry.VersionNumber })
            .ToListAsync(cancellationToken);
        // Only what the current edition holds can be withdrawn from it; a withdrawn item can always come back.
        var canChange = await GroupRights.CanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken)
            && (item.IsWithdrawnFromDocument || await InCurrentEditionAsync(db, itemId, cancellationToken));
        return new ItemEditions(holdings.Select(h => (h.Number, h.VersionNumber)).ToList(), item.IsWithdrawnFromDocument, canChange);
    }

    /// <summary>The group takes an item out of the strategy document; the chair's next merge can remove it.</summary>
    public Task WithdrawFromDocumentAsync(string? actorId, int itemId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeItemAsync(actorId, itemId, ActivityKind.WithdrawnFromDocument, reason,
            async (db, item) => item.WithdrawFromDocument(clock.GetUtcNow(), await InCurrentEditionAsync(db, itemId, cancellationToken)), cancellationToken);

    public Task ReturnToDocumentAsync(string? actorId, int itemId, CancellationToken cancellationToken = default) =>
        ChangeItemAsync(actorId, itemId, ActivityKind.ReturnedToDocument, null, (_, item) =>
        {
            item.ReturnToDocument();
            return Task.CompletedTask;
        }, cancellationToken);

    private static async Task<bool> InCurrentEditionAsync(WorkspaceDbContext db, int itemId, CancellationToken cancellationToken) =>
        await CurrentEditionAsync(db, cancellationToken) is { } current
        && await db.EditionEntries.AnyAsync(e => e.EditionId == current.Id && e.ItemId == itemId, cancellationToken);

    /// <summary>Reads an edition without checking who asks: the caller has done that (the public consultation page reads it too).</summary>
    internal static async Task<EditionDocument?> ReadDocumentAsync(WorkspaceDbContext db, int? number, CancellationToken cancellationToken)
    {
        var edition = await db.Editions.AsNoTracking()
            .Where(e => number == null || e.Number == number)
            .OrderByDescending(e => e.Number)
            .Select(e => new { e.Id, e.Number, e.CreatedAt, MergedBy = e.MergedBy!.DisplayName, e.Note, e.Title, e.Horizon, e.Vision })
            .FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }

        // One query for all texts, however many items the edition holds.
        var texts = await EntryTexts(db, edition.Id).ToListAsync(cancellationToken);
        var links = await db.EditionLinks.AsNoTracking().Where(l => l.EditionId == edition.Id).ToListAsync(cancellationToken);
        var byId = texts.ToDictionary(t => t.ItemId);
        IReadOnlyList<EditionLinkView> Views(IEnumerable<int> ids) => ids.Where(byId.ContainsKey).Select(id => byId[id])
            .OrderBy(t => t.Placement.Number, NumberOrder.Instance)
            .Select(t => new EditionLinkView(t.ItemId, t.Placement.Number, t.Title)).ToList();
        var linksTo = links.ToLookup(l => l.FromItemId, l => l.ToItemId);
        var linkedFrom = links.ToLookup(l => l.ToItemId, l => l.FromItemId);

        var groups = texts.GroupBy(t => (t.Placement.GroupPosition, t.Placement.GroupId, t.Placement.GroupName))
            .OrderBy(g => g.Key.GroupPosition)
            .Select(g => new EditionGroup(g.Key.GroupId, g.Key.GroupPosition, g.Key.GroupName,
                g.GroupBy(t => t.Placement.Kind).OrderBy(k => k.Key)
                    .Select(k => new EditionSection(k.Key, $"{g.Key.GroupPosition}.{(int)k.Key}",
                        k.OrderBy(t => t.Placement.Position)
                            .Select(t => new EditionItem(t.ItemId, t.Placement.Kind, t.Placement.Number, t.VersionNumber, t.Title, t.Body,
                                Views(linksTo[t.ItemId]), Views(linkedFrom[t.ItemId])))
                            .ToList()))
                    .ToList()))
            .ToList();
        return new EditionDocument(edition.Number, edition.CreatedAt, edition.MergedBy, edition.Note,
            edition.Title, edition.Horizon, edition.Vision, groups);
    }

    private async Task ChangeItemAsync(string? actorId, int itemId, ActivityKind kind, string? note, Func<WorkspaceDbContext, Item, Task> change,
        CancellationToken cancellationToken)
    {
        if (note?.Length > Item.MaxChangeNoteLength)
        {
            throw new InvalidInputException("Reason", "Validation_MaxLength", "", Item.MaxChangeNoteLength);
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("Drafting_ItemNotFound");
        await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);
        await change(db, item);
        db.Activity.Add(new ActivityEntry(kind, actorId!, clock.GetUtcNow(), item.WorkingGroupId, itemId, item.ApprovedVersionNumber, note));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>How many items a merge would add, change or remove now: the chair's work waiting on the dashboard.</summary>
    internal static async Task<int> MergeCandidateCountAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        (await CandidatesAsync(db, (await CurrentEditionAsync(db, cancellationToken))?.Id, cancellationToken)).Count;

    private static Task<Edition?> CurrentEditionAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.Editions.AsNoTracking().OrderByDescending(e => e.Number).FirstOrDefaultAsync(cancellationToken);

    private static async Task<int> EditionIdAsync(WorkspaceDbContext db, int number, CancellationToken cancellationToken)
    {
        if (number == 0)
        {
            return 0; // before the first edition: no entries
        }
        return await db.Editions.Where(e => e.Number == number).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Consolidation_EditionNotFound");
    }

    /// <summary>An item that a merge would add, change or remove; with the approved text when asked for.</summary>
    private sealed record Candidate(int ItemId, ItemChangeKind Change, Placement Placement, int? ApprovedVersion, string? NewTitle, string? NewBody);

    /// <summary>
    /// One query (the merge screen's benchmark line showed five costing 3–7× hand-written SQL):
    /// every item that is approved or in the edition, where it stands now, the version the edition
    /// holds and, for those that would enter, the approved text — an unchanged item's body is not read.
    /// </summary>
    private static async Task<List<Candidate>> CandidatesAsync(WorkspaceDbContext db, int? editionId, CancellationToken cancellationToken,
        bool withApprovedTexts = false)
    {
        var rows = await (
                from item in db.Items.AsNoTracking()
                join entry in db.EditionEntries.Where(e => e.EditionId == editionId) on item.Id equals entry.ItemId into entries
                from held in entries.DefaultIfEmpty()
                join version in db.ItemVersions
                    on new { ItemId = item.Id, Number = item.ApprovedVersionNumber } equals new { version.ItemId, Number = (int?)version.Number } into versions
                from approved in versions.DefaultIfEmpty()
                where item.ApprovedVersionNumber != null || held != null
                let entering = withApprovedTexts && item.WithdrawnFromDocumentAt == null
                    && (held == null || held.VersionNumber != item.ApprovedVersionNumber)
                select new
                {
                    item.Id,
                    item.ApprovedVersionNumber,
                    Withdrawn = item.WithdrawnFromDocumentAt != null,
                    HeldVersion = (int?)held!.VersionNumber,
                    Placement = new Placement(item.Id, item.WorkingGroupId, item.WorkingGroup!.Position, item.WorkingGroup!.Name, item.Kind, item.Position),
                    NewTitle = entering ? approved!.Title : null,
                    NewBody = entering ? approved!.Body : null,
                })
            .ToListAsync(cancellationToken);

        var candidates = new List<Candidate>();
        foreach (var row in rows)
        {
            ItemChangeKind? change = (row.HeldVersion, row.Withdrawn) switch
            {
                (not null, true) => ItemChangeKind.Removed,
                (null, false) when row.ApprovedVersionNumber is not null => ItemChangeKind.Added,
                ({ } version, false) when row.ApprovedVersionNumber is { } approved && approved != version => ItemChangeKind.Changed,
                _ => null,
            };
            if (change is { } kind)
            {
                candidates.Add(new Candidate(row.Id, kind, row.Placement, row.ApprovedVersionNumber, row.NewTitle, row.NewBody));
            }
        }
        return candidates.OrderBy(c => c.Placement.GroupPosition).ThenBy(c => c.Placement.Kind).ThenBy(c => c.Placement.Position).ToList();
    }

    /// <summary>Where an item stands in the workspace now: its group, kind and position.</summary>
    internal sealed record Placement(int ItemId, int GroupId, int GroupPosition, string GroupName, ItemKind Kind, int Position)
    {
        public string Number => Numbering.Of(GroupPosition, Kind, Position);
    }

    private static IQueryable<Placement> Placements(WorkspaceDbContext db, List<int> itemIds) =>
        db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => new Placement(i.Id, i.WorkingGroupId, i.WorkingGroup!.Position, i.WorkingGroup.Name, i.Kind, i.Position));

    /// <summary>An item's text in an edition, with the place the edition gave it.</summary>
    internal sealed record EntryText(int ItemId, int VersionNumber, string Title, string Body, Placement Placement);

    private static IQueryable<EntryText> EntryTexts(WorkspaceDbContext db, int editionId, List<int>? onlyItemIds = null) =>
        from entry in db.EditionEntries.AsNoTracking()
        where entry.EditionId == editionId && (onlyItemIds == null || onlyItemIds.Contains(entry.ItemId))
        join version in db.ItemVersions.AsNoTracking()
            on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
        select new EntryText(entry.ItemId, entry.VersionNumber, version.Title, version.Body,
            new Placement(entry.ItemId, entry.WorkingGroupId, entry.GroupPosition, entry.GroupName, entry.Kind, entry.Position));
}

/// <summary>Orders item numbers as a reader does: 1.1.2 before 1.1.10.</summary>
internal sealed class NumberOrder : IComparer<string>
{
    public static readonly NumberOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }
        return a.Length.CompareTo(b.Length);
    }
}
