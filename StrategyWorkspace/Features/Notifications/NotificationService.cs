using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Notifications;

internal sealed record NotificationRow(long Id, NotificationKind Kind, int ItemId, int VersionNumber, string ActorName, string ItemLabel, DateTimeOffset At, bool IsRead);

/// <summary>Each person's inbox: who gets told of what, and reading marks it read.</summary>
internal sealed class NotificationService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, InboxNotifier notifier, CommitteeClock clock)
{
    /// <summary>
    /// Sends a notification about an item's version: a new submission goes to the experts and
    /// the chair; verdicts and decisions go to the owning group's members. The actor is never
    /// told of their own action.
    /// </summary>
    /// <param name="alsoTell">People to tell besides those the kind names, e.g. the others in a comment thread.</param>
    public async Task NotifyAsync(NotificationKind kind, int itemId, int versionNumber, Actor actor,
        CancellationToken cancellationToken = default, IReadOnlyCollection<string>? alsoTell = null)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.Items.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.WorkingGroupId, GroupPosition = i.WorkingGroup!.Position, i.Kind, i.Position })
            .FirstAsync(cancellationToken);
        var title = await db.ItemVersions.Where(v => v.ItemId == itemId && v.Number == versionNumber).Select(v => v.Title).FirstAsync(cancellationToken);
        var actorName = await db.Users.Where(u => u.Id == actor.Id).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";

        List<string> recipients;
        if (kind == NotificationKind.NewSubmission)
        {
            string[] reviewers = [WorkspaceRoles.Expert, WorkspaceRoles.Chair];
            recipients = await (
                    from userRole in db.UserRoles
                    join role in db.Roles on userRole.RoleId equals role.Id
                    join user in db.Users on userRole.UserId equals user.Id
                    where reviewers.Contains(role.Name!) && !user.IsDisabled
                    select user.Id)
                .Distinct().ToListAsync(cancellationToken);
        }
        else if (kind is NotificationKind.SuggestionAccepted or NotificationKind.SuggestionDeclined)
        {
            // The decision on a suggestion is news to the one who made it (named in alsoTell), not to the group that took it.
            recipients = [];
        }
        else
        {
            recipients = await db.GroupMemberships.Where(m => m.WorkingGroupId == item.WorkingGroupId && !m.User!.IsDisabled)
                .Select(m => m.UserId).ToListAsync(cancellationToken);
        }
        recipients = recipients.Union(alsoTell ?? []).Distinct().Where(id => id != actor.Id).ToList();

        var label = $"{new ItemNumber(item.GroupPosition, item.Kind, item.Position)} {title}";
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Select(userId => new Notification
        {
            UserId = userId, Kind = kind, ItemId = itemId, VersionNumber = versionNumber,
            ActorName = actorName, ItemLabel = label, At = now,
        }));
        await writeGate.SaveAsync(db, cancellationToken);
        await notifier.ChangedAsync(recipients);
    }

    public async Task<int> UnreadCountAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == actorId && !n.IsRead, cancellationToken);
    }

    /// <summary>How many the inbox shows at first, and how many more each "show older" adds.</summary>
    public const int PageSize = 100;

    /// <summary>The newest <paramref name="count"/>, unread first.</summary>
    public async Task<IReadOnlyList<NotificationRow>> InboxAsync(string? actorId, int count = PageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == actorId)
            .OrderBy(n => n.IsRead).ThenByDescending(n => n.At).ThenByDescending(n => n.Id).Take(count)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.ItemId, n.VersionNumber, n.ActorName, n.ItemLabel, n.At, n.IsRead))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks one of the reader's own notifications read (someone else's is left alone).</summary>
    public async Task MarkReadAsync(string? actorId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var changed = await writeGate.SaveAsync(db, () => db.Notifications.Where(n => n.Id == notificationId && n.UserId == actor.Id && !n.IsRead)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.IsRead, true), cancellationToken), cancellationToken);
        if (changed > 0)
        {
            await notifier.ChangedAsync([actor.Id]);
        }
    }

    public async Task MarkAllReadAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        await writeGate.SaveAsync(db, () => db.Notifications.Where(n => n.UserId == actor.Id && !n.IsRead)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.IsRead, true), cancellationToken), cancellationToken);
        await notifier.ChangedAsync([actor.Id]);
    }
}
