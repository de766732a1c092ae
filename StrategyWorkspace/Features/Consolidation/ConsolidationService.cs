using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// Making the consolidated document: the chair merges approved versions into edition N+1, and a
/// group marks an item to leave (or come back to) the next edition. Reading editions is
/// <see cref="EditionReader"/>'s.
/// </summary>
internal sealed class ConsolidationService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock,
    IOutputCacheStore publicPages)
{
    /// <summary>Every item whose approved version differs from what the current edition holds. Chair and administrator only.</summary>
    public async Task<MergePlan> GetMergePlanAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var current = await EditionTables.CurrentEditionAsync(db, cancellationToken);
        var candidates = await CandidatesAsync(db, current?.Id, cancellationToken, withApprovedTexts: true);

        // The edition's texts only for what leaves or changes: an unchanged item's old text is not shown.
        var replaced = candidates.Where(c => c.Change != ItemChangeKind.Added).Select(c => c.ItemId).ToList();
        var oldTexts = replaced.Count == 0
            ? []
            : await EditionTables.EntryTexts(db, current?.Id ?? 0, replaced).ToDictionaryAsync(t => t.ItemId, cancellationToken);
        var changes = candidates.Select(c =>
        {
            var old = oldTexts.GetValueOrDefault(c.ItemId);
            return new ItemChange(c.ItemId, c.Change, c.Placement.Number, c.Placement.Kind, c.Placement.GroupId, c.Placement.GroupPosition,
                c.Placement.GroupName, old?.VersionNumber, old?.Title ?? "", old?.Body ?? "",
                c.Change == ItemChangeKind.Removed ? null : c.ApprovedVersion, c.NewTitle ?? "", c.NewBody ?? "", old?.Goal, c.NewGoal,
                old?.Indicators, c.NewIndicators, old?.Project, c.NewProject);
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
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            // All in the turn: a second merge waits, then finds the edition number moved on.
            return await writeGate.SaveAsync(db, async () =>
            {
                var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
                return await MergeInTurnAsync(db, actor, expectedCurrentEdition, choices, note, clock.GetUtcNow(), cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique edition number: a merge on another connection got there first.
            throw new StaleDataException("Consolidation_EditionChangedMeanwhile");
        }
    }

    /// <summary>
    /// Makes the next edition inside a write turn the caller holds, after checking the right: the merge's own
    /// work, and an import's, whose items and first edition are one transaction. <paramref name="expectedCurrentEdition"/>
    /// null takes whatever edition is current in the turn.
    /// </summary>
    internal static async Task<int> MergeInTurnAsync(WorkspaceDbContext db, Actor actor, int? expectedCurrentEdition, IReadOnlyCollection<MergeChoice> choices,
        string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await EditionTables.CurrentEditionAsync(db, cancellationToken);
        var candidates = (await CandidatesAsync(db, current?.Id, cancellationToken))
            .Select(c => new MergeChoice(c.ItemId, c.Change == ItemChangeKind.Removed ? null : c.ApprovedVersion)).ToList();
        var held = current is null
            ? new Dictionary<int, int>()
            : await db.EditionEntries.Where(e => e.EditionId == current.Id).ToDictionaryAsync(e => e.ItemId, e => e.VersionNumber, cancellationToken);
        // Every item's place and every link, filtered in memory: nearly every item is held or chosen in a
        // merge, and a filter by thousands of ids cost the database more than reading them all.
        var merged = Edition.Merge(
            await db.Strategies.OrderBy(s => s.Id).FirstAsync(cancellationToken), current, expectedCurrentEdition ?? current?.Number ?? 0, held, choices, candidates,
            await EditionTables.Placements(db).ToListAsync(cancellationToken),
            (await db.ItemLinks.Select(l => new { l.FromItemId, l.ToItemId }).ToListAsync(cancellationToken)).Select(l => (l.FromItemId, l.ToItemId)),
            actor.Id, note, now);
        db.Editions.Add(merged.Edition);
        db.Activity.Add(new ActivityEntry(ActivityKind.EditionMerged, actor.Id, now, null, null, merged.Edition.Number, note));
        await db.SaveChangesAsync(cancellationToken);
        await EditionContents.InsertAsync(db, merged.Edition.Id, merged.Entries, merged.Links, cancellationToken);
        return merged.Edition.Number;
    }

    /// <summary>
    /// Records that the council adopted edition <paramref name="number"/> on <paramref name="on"/> by <paramref name="decision"/>:
    /// from then on its indicators are monitored. The chair and the administrator only.
    /// </summary>
    public async Task AdoptAsync(string? actorId, int number, DateOnly on, string? decision, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var edition = await db.Editions.FirstOrDefaultAsync(e => e.Number == number, cancellationToken)
            ?? throw new NotFoundException("Consolidation_EditionNotFound");
        edition.Adopt(on, decision, actor.Id, DateOnly.FromDateTime(clock.Today));
        db.Activity.Add(new ActivityEntry(ActivityKind.EditionAdopted, actor.Id, clock.GetUtcNow(), null, null, number, edition.AdoptionDecision));
        await writeGate.SaveAsync(db, cancellationToken);
        // The public results now follow this edition.
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.ResultsTag, cancellationToken);
    }

    /// <summary>The group takes an item out of the strategy document; the chair's next merge can remove it.</summary>
    public Task WithdrawFromDocumentAsync(string? actorId, int itemId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeItemAsync(actorId, itemId, ActivityKind.WithdrawnFromDocument, reason,
            async (db, item) => item.WithdrawFromDocument(clock.GetUtcNow(), await EditionTables.InCurrentEditionAsync(db, itemId, cancellationToken)), cancellationToken);

    public Task ReturnToDocumentAsync(string? actorId, int itemId, CancellationToken cancellationToken = default) =>
        ChangeItemAsync(actorId, itemId, ActivityKind.ReturnedToDocument, null, (_, item) =>
        {
            item.ReturnToDocument();
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task ChangeItemAsync(string? actorId, int itemId, ActivityKind kind, string? note, Func<WorkspaceDbContext, Item, Task> change,
        CancellationToken cancellationToken)
    {
        InvalidInputException.ThrowIfTooLong("Reason", note, Item.MaxChangeNoteLength);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("Items_NotFound");
        var actor = await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);
        await change(db, item);
        db.Activity.Add(new ActivityEntry(kind, actor.Id, clock.GetUtcNow(), item.WorkingGroupId, itemId, item.ApprovedVersionNumber, note));
        await writeGate.SaveAsync(db, cancellationToken);
    }

    /// <summary>How many items a merge would add, change or remove now: the chair's work waiting on the dashboard.</summary>
    public async Task<int> MergeCandidateCountAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        return (await CandidatesAsync(db, (await EditionTables.CurrentEditionAsync(db, cancellationToken))?.Id, cancellationToken)).Count;
    }

    /// <summary>An item that a merge would add, change or remove; with the approved text when asked for.</summary>
    private sealed record Candidate(int ItemId, ItemChangeKind Change, ItemPlace Placement, int? ApprovedVersion, string? NewTitle, string? NewBody,
        GoalTraits? NewGoal, IndicatorSet? NewIndicators, ProjectPlan? NewProject);

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
                    Placement = new ItemPlace(item.Id, item.WorkingGroupId, item.WorkingGroup!.Position, item.WorkingGroup!.Name, item.Kind, item.Position),
                    NewTitle = entering ? approved!.Title : null,
                    NewBody = entering ? approved!.Body : null,
                    NewLevel = entering ? approved!.GoalLevel : null,
                    NewPriority = entering ? approved!.Priority : null,
                    NewCondition = entering ? approved!.Condition : null,
                    NewExpectedOn = entering ? approved!.ConditionExpectedOn : null,
                    NewServes = entering ? approved!.ServesGoalId : null,
                    NewIndicators = entering ? approved!.Indicators : null,
                    NewProject = entering ? approved!.Project : null,
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
                candidates.Add(new Candidate(row.Id, kind, row.Placement, row.ApprovedVersionNumber, row.NewTitle, row.NewBody,
                    row.NewLevel is { } level ? new GoalTraits(level, row.NewPriority, row.NewCondition, row.NewExpectedOn, row.NewServes) : null,
                    row.NewIndicators, row.NewProject));
            }
        }
        return candidates.OrderBy(c => c.Placement.GroupPosition).ThenBy(c => c.Placement.Kind).ThenBy(c => c.Placement.Position).ToList();
    }
}
