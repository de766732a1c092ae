using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Activity;

/// <summary>What to show of the log; every part is optional.</summary>
internal sealed record ActivityFilter(
    int? GroupId = null, string? PersonId = null, ActivityKind? Kind = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int? ItemId = null);

public sealed record ActivityRow(
    long Id, DateTimeOffset At, string Person, ActivityKind Kind,
    int? ItemId, ItemNumber? ItemNumber, string? ItemTitle, int? VersionNumber, string? Note);

internal sealed record PersonOption(string Id, string Name);

/// <summary>
/// Reads the activity log. There is deliberately no way here, or anywhere, to change or
/// remove an entry.
/// </summary>
internal sealed class ActivityService(IDbContextFactory<WorkspaceDbContext> contextFactory)
{
    public const int PageSize = 200;

    /// <summary>
    /// The newest entries first, at most <see cref="PageSize"/>; with <paramref name="olderThan"/>, the
    /// page after that row. Counted from the row, not by skipping: entries written meanwhile do not
    /// shift the next page.
    /// </summary>
    public async Task<IReadOnlyList<ActivityRow>> ListAsync(string? actorId, ActivityFilter filter, ActivityRow? olderThan = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);

        var query = db.Activity.AsNoTracking();
        if (filter.GroupId is { } groupId) query = query.Where(a => a.WorkingGroupId == groupId);
        if (filter.PersonId is { } personId) query = query.Where(a => a.ActorId == personId);
        if (filter.Kind is { } kind) query = query.Where(a => a.Kind == kind);
        if (filter.From is { } from) query = query.Where(a => a.At >= from);
        if (filter.To is { } to) query = query.Where(a => a.At < to);
        if (filter.ItemId is { } itemId) query = query.Where(a => a.ItemId == itemId);
        if (olderThan is { At: var at, Id: var id }) query = query.Where(a => a.At < at || (a.At == at && a.Id < id));

        var rows = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(PageSize)
            .Select(a => new
            {
                a.Id, a.At, Person = a.Actor!.DisplayName, a.Kind, a.ItemId, a.VersionNumber, a.Note,
                Item = db.Items.Where(i => i.Id == a.ItemId)
                    .Select(i => new { GroupPosition = i.WorkingGroup!.Position, i.Kind, i.Position, i.LatestVersionNumber, i.Id })
                    .FirstOrDefault(),
                Title = db.ItemVersions.Where(v => v.ItemId == a.ItemId && v.Number == a.VersionNumber).Select(v => v.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new ActivityRow(
                r.Id, r.At, r.Person, r.Kind, r.ItemId,
                r.Item is null ? null : new ItemNumber(r.Item.GroupPosition, r.Item.Kind, r.Item.Position),
                r.Title, r.VersionNumber, r.Note))
            .ToList();
    }

    /// <summary>Everyone who appears in the log, for the person filter.</summary>
    public async Task<IReadOnlyList<PersonOption>> PeopleAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => db.Activity.Any(a => a.ActorId == u.Id))
            .Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return people.SortedBy(p => p.Name);
    }
}
