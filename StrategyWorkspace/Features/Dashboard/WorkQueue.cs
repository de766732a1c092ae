using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Dashboard;

/// <summary>A version waiting on someone: an expert's review, the chair's decision or its group's next step.</summary>
public sealed record QueuedVersion(
    int ItemId, ItemNumber Number, string Title, string GroupName, int VersionNumber, RevisionState State,
    DateTimeOffset Since, int Endorsements, int ChangeRequests);

/// <summary>
/// What waits for the person who opens the dashboard, by what they do in the committee: an expert's
/// submissions not yet reviewed, the chair's approvals, proposals to moderate and approved versions
/// to merge, a group's proposals to answer and versions sent back to it. A section is null for a
/// person whose role has no such work, so the page shows only what is theirs.
/// </summary>
public sealed record WorkQueue(
    IReadOnlyList<QueuedVersion>? ToReview,
    IReadOnlyList<QueuedVersion>? ToApprove,
    int? ProposalsToModerate,
    int? VersionsToMerge,
    int? ProposalsToAnswer,
    IReadOnlyList<QueuedVersion>? SentBack)
{
    /// <summary>How many of each list the dashboard shows; the queue's own page has the rest.</summary>
    public const int Shown = 5;

    public bool IsEmpty =>
        (ToReview?.Count ?? 0) + (ToApprove?.Count ?? 0) + (ProposalsToModerate ?? 0) + (VersionsToMerge ?? 0)
        + (ProposalsToAnswer ?? 0) + (SentBack?.Count ?? 0) == 0;
}

internal static class WorkQueueReader
{
    /// <param name="versionsToMerge">Asked only of whoever decides: the merge plan is Consolidation's to count.</param>
    public static async Task<WorkQueue> ReadAsync(WorkspaceDbContext db, Actor actor, IReadOnlyList<string> roles, Func<Task<int>> versionsToMerge,
        CancellationToken cancellationToken)
    {
        var actorId = actor.Id;
        var isExpert = roles.Contains(WorkspaceRoles.Expert);
        var decides = WorkspaceRoles.AnyOf(WorkspaceRoles.ChairOrAdministrator, roles);
        // The administrator answers for every group, as the answers page lets them.
        var answersFor = roles.Contains(WorkspaceRoles.Administrator)
            ? await db.WorkingGroups.Where(g => !g.IsArchived).Select(g => g.Id).ToListAsync(cancellationToken)
            : await db.GroupMemberships.Where(m => m.UserId == actorId).Select(m => m.WorkingGroupId).ToListAsync(cancellationToken);
        var drafts = roles.Contains(WorkspaceRoles.Administrator) ? [] : answersFor;

        var submitted = isExpert || decides ? await SubmittedAsync(db, actorId, cancellationToken) : [];
        return new WorkQueue(
            ToReview: isExpert ? submitted.Where(s => !s.ReviewedByMe).Select(s => s.Version).ToList() : null,
            ToApprove: decides ? submitted.Select(s => s.Version).ToList() : null,
            ProposalsToModerate: decides ? await db.Proposals.CountAsync(p => p.State == ProposalState.Pending, cancellationToken) : null,
            VersionsToMerge: decides ? await versionsToMerge() : null,
            ProposalsToAnswer: answersFor.Count > 0
                ? await db.Proposals.CountAsync(p => p.State == ProposalState.Published && p.Outcome == null && answersFor.Contains(p.WorkingGroupId), cancellationToken)
                : null,
            SentBack: drafts.Count > 0 ? await SentBackAsync(db, drafts, cancellationToken) : null);
    }

    private sealed record Submitted(QueuedVersion Version, bool ReviewedByMe);

    /// <summary>Every pending submission, oldest first, with its verdicts and whether this expert gave one.</summary>
    private static async Task<List<Submitted>> SubmittedAsync(WorkspaceDbContext db, string actorId, CancellationToken cancellationToken)
    {
        var rows = await Versions(db, db.ItemVersions.AsNoTracking().Where(v => v.State == RevisionState.Submitted), actorId)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Since)
            .Select(r => new Submitted(r.ToQueued(), r.ReviewedByMe))
            .ToList();
    }

    /// <summary>
    /// The groups' newest versions the chair rejected or an expert asked to change while submitted:
    /// the group's move next (withdraw and revise, or start again from the reason).
    /// </summary>
    private static async Task<List<QueuedVersion>> SentBackAsync(WorkspaceDbContext db, List<int> groupIds, CancellationToken cancellationToken)
    {
        var newest = db.ItemVersions.AsNoTracking()
            .Where(v => groupIds.Contains(v.Item!.WorkingGroupId) && v.Number == v.Item.LatestVersionNumber)
            .Where(v => v.State == RevisionState.Rejected
                || (v.State == RevisionState.Submitted
                    && db.Verdicts.Any(x => x.ItemId == v.ItemId && x.VersionNumber == v.Number && x.Kind == VerdictKind.RequestChanges)));
        var rows = await Versions(db, newest, actorId: null).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Since).Select(r => r.ToQueued()).ToList();
    }

    private sealed record Row(
        int ItemId, int GroupPosition, ItemKind Kind, int Position, string Title, string GroupName, int VersionNumber,
        RevisionState State, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, int Endorsements, int ChangeRequests, bool ReviewedByMe)
    {
        public DateTimeOffset Since => (State == RevisionState.Rejected ? DecidedAt : SubmittedAt) ?? default;

        public QueuedVersion ToQueued() => new(ItemId, new ItemNumber(GroupPosition, Kind, Position), Title, GroupName, VersionNumber, State,
            Since, Endorsements, ChangeRequests);
    }

    private static IQueryable<Row> Versions(WorkspaceDbContext db, IQueryable<ItemVersion> versions, string? actorId) =>
        versions.Select(v => new Row(
            v.ItemId, v.Item!.WorkingGroup!.Position, v.Item.Kind, v.Item.Position, v.Title, v.Item.WorkingGroup.Name, v.Number,
            v.State, v.SubmittedAt, v.DecidedAt,
            db.Verdicts.Count(x => x.ItemId == v.ItemId && x.VersionNumber == v.Number && x.Kind == VerdictKind.Endorse),
            db.Verdicts.Count(x => x.ItemId == v.ItemId && x.VersionNumber == v.Number && x.Kind == VerdictKind.RequestChanges),
            db.Verdicts.Any(x => x.ItemId == v.ItemId && x.VersionNumber == v.Number && x.ExpertId == actorId)));
}
