using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>What the chair's, the visitors', the groups' and the report's sides of a consultation all ask.</summary>
internal static class ConsultationQueries
{
    /// <summary>The consultation the public sees now: the open or scheduled one, else the last that closed.</summary>
    public static async Task<Consultation?> LatestAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        await db.Consultations.AsNoTracking().OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    public static ConsultationView View(Consultation c, DateTimeOffset now) =>
        new(c.Id, c.EditionNumber, c.Introduction, c.StartsAt, c.EndsAt, c.ClosedAt, c.StatusAt(now));

    /// <summary>"1. Group" for a section, "1.2.3. Title" for an item, as the consulted edition names them.</summary>
    public static async Task<Dictionary<int, TargetLabel>> TargetLabelsAsync(WorkspaceDbContext db, IReadOnlyCollection<Proposal> proposals,
        CancellationToken cancellationToken)
    {
        var consultationIds = proposals.Select(p => p.ConsultationId).Distinct().ToList();
        var editions = await db.Consultations.Where(c => consultationIds.Contains(c.Id))
            .Join(db.Editions, c => c.EditionNumber, e => e.Number, (c, e) => new { c.Id, EditionId = e.Id })
            .ToDictionaryAsync(x => x.Id, x => x.EditionId, cancellationToken);
        var editionIds = editions.Values.Distinct().ToList();
        // Only the items and groups these proposals are about: a status lookup reads one title, not the edition.
        var itemIds = proposals.Where(p => p.ItemId is not null).Select(p => p.ItemId!.Value).Distinct().ToList();
        var groupIds = proposals.Select(p => p.WorkingGroupId).Distinct().ToList();
        var items = await (
                from entry in db.EditionEntries
                where editionIds.Contains(entry.EditionId) && itemIds.Contains(entry.ItemId)
                join version in db.ItemVersions on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
                select new { entry.EditionId, entry.ItemId, entry.GroupPosition, entry.Kind, entry.Position, version.Title })
            .ToDictionaryAsync(e => (e.EditionId, e.ItemId), cancellationToken);
        var groups = (await db.EditionEntries
                .Where(e => editionIds.Contains(e.EditionId) && groupIds.Contains(e.WorkingGroupId))
                .Select(e => new { e.EditionId, e.WorkingGroupId, e.GroupPosition, e.GroupName })
                .Distinct()
                .ToListAsync(cancellationToken))
            .DistinctBy(g => (g.EditionId, g.WorkingGroupId))
            .ToDictionary(g => (g.EditionId, g.WorkingGroupId));
        return proposals.ToDictionary(p => p.Id, p =>
        {
            var editionId = editions[p.ConsultationId];
            if (p.ItemId is { } itemId && items.TryGetValue((editionId, itemId), out var item))
            {
                var number = new ItemNumber(item.GroupPosition, item.Kind, item.Position);
                return new TargetLabel($"{number}. {item.Title}", item.GroupPosition, number);
            }
            return groups.TryGetValue((editionId, p.WorkingGroupId), out var group)
                ? new TargetLabel($"{group.GroupPosition}. {group.GroupName}", group.GroupPosition, null)
                : new TargetLabel("", 0, null);
        });
    }
}

/// <summary>What a proposal is about, as the consulted edition names it, and where that stands in the edition.</summary>
internal sealed record TargetLabel(string Text, int GroupPosition, ItemNumber? Number);
