using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Notifications;

namespace StrategyWorkspace.Features.Review;

/// <summary>
/// The life of a revision after drafting: members submit and withdraw, the chair (or the
/// administrator) approves or rejects. Every change of state goes to the activity log.
/// </summary>
internal sealed class ReviewService(
    IDbContextFactory<WorkspaceDbContext> contextFactory,
    DatabaseWriteGate writeGate,
    ItemLiveNotifier notifier,
    NotificationService notifications,
    CommitteeClock clock)
{
    public Task SubmitAsync(string? actorId, int itemId, int number, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, itemId, number, ActivityKind.Submitted, note, cancellationToken, async (db, item, version) =>
        {
            var actor = await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);
            item.Submit(version, actor.Id, note, clock.GetUtcNow());
            return actor;
        });

    public Task WithdrawAsync(string? actorId, int itemId, int number, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, itemId, number, ActivityKind.Withdrawn, null, cancellationToken, async (db, item, version) =>
        {
            var actor = await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);
            item.Withdraw(version, actor.Id, clock.GetUtcNow());
            return actor;
        });

    public Task ApproveAsync(string? actorId, int itemId, int number, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, itemId, number, ActivityKind.Approved, note, cancellationToken, async (db, item, version) =>
        {
            var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
            item.Approve(version, actor.Id, note, clock.GetUtcNow());
            return actor;
        });

    public Task RejectAsync(string? actorId, int itemId, int number, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, itemId, number, ActivityKind.Rejected, reason, cancellationToken, async (db, item, version) =>
        {
            var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
            item.Reject(version, actor.Id, reason, clock.GetUtcNow());
            return actor;
        });

    /// <summary>Pending submissions, oldest first; the experts' review queue and the chair's approval queue.</summary>
    public async Task<IReadOnlyList<PendingSubmission>> PendingAsync(string? actorId, int? groupId = null, ItemKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var query = db.ItemVersions.AsNoTracking().Where(v => v.State == RevisionState.Submitted);
        if (groupId is { } g)
        {
            query = query.Where(v => v.Item!.WorkingGroupId == g);
        }
        if (kind is { } k)
        {
            query = query.Where(v => v.Item!.Kind == k);
        }
        var rows = await query
            .Select(v => new
            {
                v.ItemId, v.Title, v.Item!.Kind, v.Item.WorkingGroupId, GroupName = v.Item.WorkingGroup!.Name,
                GroupPosition = v.Item.WorkingGroup.Position, v.Item.Position, v.Number,
                SubmittedBy = db.Users.Where(u => u.Id == v.SubmittedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                v.SubmittedAt, v.SubmissionNote,
                Endorsements = db.Verdicts.Count(x => x.ItemId == v.ItemId && x.VersionNumber == v.Number && x.Kind == VerdictKind.Endorse),
                ChangeRequests = db.Verdicts.Count(x => x.ItemId == v.ItemId && x.VersionNumber == v.Number && x.Kind == VerdictKind.RequestChanges),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.SubmittedAt)
            .Select(r => new PendingSubmission(r.ItemId, new ItemNumber(r.GroupPosition, r.Kind, r.Position), r.Title, r.Kind,
                r.WorkingGroupId, r.GroupName, r.Number, r.SubmittedBy, r.SubmittedAt ?? default, r.SubmissionNote,
                r.Endorsements, r.ChangeRequests))
            .ToList();
    }

    /// <summary>
    /// An expert endorses a pending version or asks for changes, with a note (required when asking
    /// for changes). Recording again replaces the expert's earlier verdict on that version.
    /// </summary>
    public Task RecordVerdictAsync(string? actorId, int itemId, int number, VerdictKind kind, string? note, CancellationToken cancellationToken = default) =>
        ChangeAsync(actorId, itemId, number, ActivityKind.Verdict, $"{kind}: {note}".Trim(), cancellationToken, async (db, _, version) =>
        {
            var actor = await Rights.RequireAnyRoleAsync(db, actorId, WorkspaceRoles.Expert, cancellationToken);
            var earlier = await db.Verdicts.FirstOrDefaultAsync(v => v.ItemId == itemId && v.VersionNumber == number && v.ExpertId == actor.Id, cancellationToken);
            var verdict = version.Judge(earlier, actor.Id, kind, note, clock.GetUtcNow());
            if (earlier is null)
            {
                db.Verdicts.Add(verdict);
            }
            return actor;
        });

    public async Task<IReadOnlyList<VerdictView>> VerdictsAsync(string? actorId, int itemId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var verdicts = await db.Verdicts.AsNoTracking().Where(v => v.ItemId == itemId && v.VersionNumber == number)
            .Select(v => new VerdictView(v.Expert!.DisplayName, v.Kind, v.Note, v.At))
            .ToListAsync(cancellationToken);
        return verdicts.OrderBy(v => v.At).ToList();
    }

    /// <summary>
    /// One change of state in one transaction (BEGIN IMMEDIATE on SQLite, so two chairs deciding
    /// at once are taken one after the other and the second finds the version no longer pending).
    /// </summary>
    private async Task ChangeAsync(string? actorId, int itemId, int number, ActivityKind kind, string? note,
        CancellationToken cancellationToken, Func<WorkspaceDbContext, Item, ItemVersion, Task<Actor>> change)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Actor actor;
        try
        {
            // All in the turn: the version's state is decided on as the last writer left it.
            actor = await writeGate.SaveAsync(db, async () =>
            {
                var item = await db.Items
                    .Include(i => i.Versions.Where(v => v.Number == number || v.State == RevisionState.Submitted || v.State == RevisionState.Approved))
                    .FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
                    ?? throw new NotFoundException("Items_NotFound");
                var version = item.Versions.FirstOrDefault(v => v.Number == number)
                    ?? throw new NotFoundException("Items_UnknownVersion");
                var actor = await change(db, item, version);
                db.Activity.Add(new ActivityEntry(kind, actor.Id, clock.GetUtcNow(), item.WorkingGroupId, itemId, number, note));
                return actor;
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleDataException("Review_ChangedMeanwhile");
        }
        await notifier.StateChangedAsync(itemId, number);
        if (kind switch
            {
                ActivityKind.Submitted => NotificationKind.NewSubmission,
                ActivityKind.Verdict => NotificationKind.Verdict,
                ActivityKind.Approved => NotificationKind.Approved,
                ActivityKind.Rejected => NotificationKind.Rejected,
                _ => (NotificationKind?)null,
            } is { } notice)
        {
            await notifications.NotifyAsync(notice, itemId, number, actor, cancellationToken);
        }
    }
}
