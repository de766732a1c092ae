using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Notifications;

namespace StrategyWorkspace.Features.Review;

public sealed record CommentReply(int Id, string Author, string Text, DateTimeOffset At);

/// <summary>
/// A comment as shown beside a version: its passage followed from the version it was written on to this one
/// (<see cref="PassageAnchor"/>): the same, moved, edited inside (<see cref="PassageNow"/> says how it reads now), or gone, and then outdated.
/// </summary>
public sealed record CommentThread(
    int Id, int WrittenOnVersion, string Passage, string Author, string Text, DateTimeOffset At,
    PassagePlace Place, IReadOnlyList<CommentReply> Replies)
{
    public bool IsOutdated => !Place.IsFound;

    /// <summary>The passage as this version has it: the quoted words unless they were edited.</summary>
    public string PassageNow => Place.IsFound ? Place.Text : Passage;
}

/// <summary>
/// Comments anchored to passages. Reviewers (experts, the chair, the administrator) start a
/// thread; they and the owning group's members reply.
/// </summary>
internal sealed class CommentService(
    IDbContextFactory<WorkspaceDbContext> contextFactory,
    DatabaseWriteGate writeGate,
    NotificationService notifications,
    CommitteeClock clock)
{
    public async Task<int> CommentAsync(string? actorId, int itemId, int versionNumber, string passage, string text, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireAnyRoleAsync(db, actorId, WorkspaceRoles.Reviewers, cancellationToken);
        var body = await db.ItemVersions.Where(v => v.ItemId == itemId && v.Number == versionNumber).Select(v => v.Body).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Items_UnknownVersion");
        return await AddAsync(db, actor, ReviewComment.OnPassage(itemId, versionNumber, body, passage, text, actor.Id, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<int> ReplyAsync(string? actorId, int commentId, string text, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var thread = await db.ReviewComments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId && c.ParentId == null, cancellationToken)
            ?? throw new NotFoundException("Comments_NotFound");
        var groupId = await db.Items.Where(i => i.Id == thread.ItemId).Select(i => i.WorkingGroupId).FirstAsync(cancellationToken);
        // The reviewers, and the owning group answering them.
        var roles = await Rights.RolesOfAsync(db, actorId, cancellationToken);
        var actor = await Rights.RequireAsync(db, actorId,
            WorkspaceRoles.AnyOf(WorkspaceRoles.Reviewers, roles) || await GroupRights.CanEditAsync(db, actorId, groupId, cancellationToken),
            cancellationToken: cancellationToken);
        return await AddAsync(db, actor, ReviewComment.ReplyTo(thread, text, actor.Id, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>
    /// Every thread on the item, its passage followed version by version from the one it was written on to
    /// <paramref name="versionNumber"/>, so a sentence that moved or gained a word keeps its thread.
    /// </summary>
    public async Task<IReadOnlyList<CommentThread>> ThreadsAsync(string? actorId, int itemId, int versionNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var comments = await db.ReviewComments.AsNoTracking().Where(c => c.ItemId == itemId).OrderBy(c => c.At)
            .Select(c => new { c.Id, c.ParentId, c.VersionNumber, c.Passage, Author = c.Author!.DisplayName, c.Text, c.At })
            .ToListAsync(cancellationToken);
        if (comments.Count == 0)
        {
            return [];
        }
        var threads = comments.Where(c => c.ParentId is null).ToList();
        var bodies = await PassageTrail.BodiesAsync(db, itemId, threads.Select(c => (c.Passage ?? "", c.VersionNumber)).ToList(), versionNumber, cancellationToken);
        var replies = comments.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        return threads
            .Select(c => new CommentThread(
                c.Id, c.VersionNumber, c.Passage ?? "", c.Author, c.Text, c.At,
                PassageTrail.Follow(c.Passage ?? "", c.VersionNumber, versionNumber, bodies),
                replies[c.Id].Select(r => new CommentReply(r.Id, r.Author, r.Text, r.At)).ToList()))
            .ToList();
    }

    private async Task<int> AddAsync(WorkspaceDbContext db, Actor author, ReviewComment comment, CancellationToken cancellationToken)
    {
        var groupId = await db.Items.Where(i => i.Id == comment.ItemId).Select(i => i.WorkingGroupId).FirstAsync(cancellationToken);
        // A reply also reaches everyone already in the thread, reviewers included.
        var thread = comment.ParentId is { } parentId
            ? await db.ReviewComments.Where(c => c.Id == parentId || c.ParentId == parentId).Select(c => c.AuthorId).Distinct().ToListAsync(cancellationToken)
            : [];
        db.ReviewComments.Add(comment);
        db.Activity.Add(new ActivityEntry(ActivityKind.Commented, comment.AuthorId, comment.At, groupId, comment.ItemId, comment.VersionNumber, comment.Text));
        await writeGate.SaveAsync(db, cancellationToken);
        await notifications.NotifyAsync(NotificationKind.Commented, comment.ItemId, comment.VersionNumber, author, cancellationToken, thread);
        return comment.Id;
    }
}
