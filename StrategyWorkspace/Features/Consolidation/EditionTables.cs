using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>The queries over editions that both merging and reading ask.</summary>
internal static class EditionTables
{
    public static Task<Edition?> CurrentEditionAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.Editions.AsNoTracking().OrderByDescending(e => e.Number).FirstOrDefaultAsync(cancellationToken);

    public static async Task<int> EditionIdAsync(WorkspaceDbContext db, int number, CancellationToken cancellationToken)
    {
        if (number == 0)
        {
            return 0; // before the first edition: no entries
        }
        return await db.Editions.Where(e => e.Number == number).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Consolidation_EditionNotFound");
    }

    public static async Task<bool> InCurrentEditionAsync(WorkspaceDbContext db, int itemId, CancellationToken cancellationToken) =>
        await CurrentEditionAsync(db, cancellationToken) is { } current
        && await db.EditionEntries.AnyAsync(e => e.EditionId == current.Id && e.ItemId == itemId, cancellationToken);

    public static IQueryable<ItemPlace> Placements(WorkspaceDbContext db) =>
        db.Items.AsNoTracking().Select(i => new ItemPlace(i.Id, i.WorkingGroupId, i.WorkingGroup!.Position, i.WorkingGroup.Name, i.Kind, i.Position));

    /// <param name="planOnly">
    /// Only what the implementation plan is made of: goals, tasks and projects, without their bodies (the plan's own read, which
    /// the benchmark holds to 1.5× hand-written SQL of the same rows).
    /// </param>
    public static IQueryable<EntryText> EntryTexts(WorkspaceDbContext db, int editionId, List<int>? onlyItemIds = null, bool planOnly = false) =>
        from entry in db.EditionEntries.AsNoTracking()
        where entry.EditionId == editionId && (onlyItemIds == null || onlyItemIds.Contains(entry.ItemId))
            && (!planOnly || entry.Kind == ItemKind.Goal || entry.Kind == ItemKind.Task || entry.Kind == ItemKind.Project)
        join version in db.ItemVersions.AsNoTracking()
            on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
        select new EntryText(entry.ItemId, entry.VersionNumber, version.Title, planOnly ? "" : version.Body,
            version.GoalLevel == null ? null : new GoalTraits(version.GoalLevel.Value, version.Priority, version.Condition, version.ConditionExpectedOn,
                version.ServesGoalId),
            // The plan shows a project's indicators; a goal's or task's stay unread there.
            planOnly && entry.Kind != ItemKind.Project ? IndicatorSet.Empty : version.Indicators,
            version.Project,
            new ItemPlace(entry.ItemId, entry.WorkingGroupId, entry.GroupPosition, entry.GroupName, entry.Kind, entry.Position));
}

/// <summary>An item's text in an edition, with the place the edition gave it.</summary>
internal sealed record EntryText(int ItemId, int VersionNumber, string Title, string Body, GoalTraits? Goal, IndicatorSet Indicators, ProjectPlan Project,
    ItemPlace Placement);
