using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>
/// The groups' side: answering the published proposals on their part of the document, with the version
/// that took a proposal in. A group's members answer (all groups for the administrator); an archived
/// group too: archiving ends the drafting, not the duty to answer what the public sent.
/// </summary>
internal sealed class AnswerService(
    IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, IOutputCacheStore publicPages, CommitteeClock clock)
{
    /// <summary>Published proposals on the groups the actor drafts for, unanswered first.</summary>
    public async Task<IReadOnlyList<AnswerRow>> ToAnswerAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var groups = await AnswerableGroupsAsync(db, actorId, cancellationToken);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.State == ProposalState.Published && groups.Contains(p.WorkingGroupId))
            .ToListAsync(cancellationToken);
        var targets = await ConsultationQueries.TargetLabelsAsync(db, proposals, cancellationToken);
        var names = await db.WorkingGroups.Where(g => groups.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        return proposals.OrderBy(p => p.Outcome is not null).ThenBy(p => p.SubmittedAt)
            .Select(p => new AnswerRow(p.Id, p.Reference, p.WorkingGroupId, names[p.WorkingGroupId], targets[p.Id].Text, p.Text, p.AuthorName, p.Organisation,
                p.SubmittedAt, p.Outcome, p.AnswerText, p.AnswerItemId, p.AnswerVersionNumber))
            .ToList();
    }

    /// <summary>The items of the actor's groups, for linking an answer to the version that took a proposal in.</summary>
    public async Task<IReadOnlyList<AnswerTargetItem>> AnswerItemsAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var groups = await AnswerableGroupsAsync(db, actorId, cancellationToken);
        var items = await db.Items.AsNoTracking().Where(i => groups.Contains(i.WorkingGroupId))
            .Select(i => new
            {
                i.Id, i.WorkingGroupId, GroupPosition = i.WorkingGroup!.Position, i.Kind, i.Position, i.LatestVersionNumber,
                Title = i.Versions.Where(v => v.Number == i.LatestVersionNumber).Select(v => v.Title).First(),
            })
            .ToListAsync(cancellationToken);
        return items.Select(i => new AnswerTargetItem(i.Id, i.WorkingGroupId, new ItemNumber(i.GroupPosition, i.Kind, i.Position), i.Title, i.LatestVersionNumber))
            .OrderBy(i => i.Number).ToList();
    }

    /// <summary>The owning group's public answer, with the version that took the proposal in (not for a declined one).</summary>
    public async Task AnswerAsync(string? actorId, int proposalId, ProposalOutcome outcome, string reason, int? itemId, int? versionNumber,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
            ?? throw new NotFoundException("Consultation_ProposalNotFound");
        var actor = await Rights.RequireAsync(db, actorId,
            (await AnswerableGroupsAsync(db, actorId, cancellationToken)).Contains(proposal.WorkingGroupId), "Rights_NotYourGroup", cancellationToken);
        var takenInto = itemId is { } id
            ? await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
                ?? throw new InvalidInputException("Item", "Items_NotFound")
            : null;
        proposal.Answer(outcome, reason, takenInto, versionNumber, actor.Id, clock.GetUtcNow());
        db.Activity.Add(new ActivityEntry(ActivityKind.ProposalAnswered, actor.Id, clock.GetUtcNow(), proposal.WorkingGroupId,
            proposal.AnswerItemId, proposal.AnswerVersionNumber, $"{proposal.Reference}: {reason}"));
        await writeGate.SaveAsync(db, cancellationToken);
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken);
    }

    private static async Task<List<int>> AnswerableGroupsAsync(WorkspaceDbContext db, string? actorId, CancellationToken cancellationToken)
    {
        var roles = await Rights.RolesOfAsync(db, actorId, cancellationToken);
        if (roles.Count == 0)
        {
            throw await Rights.RefusalAsync(db, actorId, cancellationToken: cancellationToken);
        }
        return roles.Contains(WorkspaceRoles.Administrator)
            ? await db.WorkingGroups.Select(g => g.Id).ToListAsync(cancellationToken)
            : await db.GroupMemberships.Where(m => m.UserId == actorId).Select(m => m.WorkingGroupId).ToListAsync(cancellationToken);
    }
}
