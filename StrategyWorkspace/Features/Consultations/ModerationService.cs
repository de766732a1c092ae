using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>The chair's moderation: nothing a visitor sends is shown before the chair (or the administrator) publishes it.</summary>
internal sealed class ModerationService(
    IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, IOutputCacheStore publicPages, CommitteeClock clock)
{
    public async Task<IReadOnlyList<ModerationRow>> PendingAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var pending = await db.Proposals.AsNoTracking().Where(p => p.State == ProposalState.Pending).ToListAsync(cancellationToken);
        var targets = await ConsultationQueries.TargetLabelsAsync(db, pending, cancellationToken);
        return pending.OrderBy(p => p.SubmittedAt)
            .Select(p => new ModerationRow(p.Id, p.Reference, targets[p.Id].Text, p.Text, p.AuthorName, p.Organisation, p.Email, p.SubmittedAt))
            .ToList();
    }

    public Task PublishAsync(string? actorId, int proposalId, CancellationToken cancellationToken = default) =>
        ModerateAsync(actorId, proposalId, ActivityKind.ProposalPublished, null, (p, actor) => p.Publish(actor.Id, clock.GetUtcNow()), cancellationToken);

    /// <summary>The ground stays on the proposal; the log keeps the chair's own words, in no enum's English.</summary>
    public Task RejectAsync(string? actorId, int proposalId, RejectionGround ground, string? note, CancellationToken cancellationToken = default) =>
        ModerateAsync(actorId, proposalId, ActivityKind.ProposalRejected, note,
            (p, actor) => p.Reject(ground, note, actor.Id, clock.GetUtcNow()), cancellationToken);

    private async Task ModerateAsync(string? actorId, int proposalId, ActivityKind kind, string? note, Action<Proposal, Actor> change,
        CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await writeGate.SaveAsync(db, async () =>
        {
            // In the turn: a second chair moderating the same proposal finds it no longer pending.
            var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
            var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
                ?? throw new NotFoundException("Consultation_ProposalNotFound");
            change(proposal, actor);
            db.Activity.Add(new ActivityEntry(kind, actor.Id, clock.GetUtcNow(), proposal.WorkingGroupId, proposal.ItemId, null,
                $"{proposal.Reference} {note}".Trim()));
        }, cancellationToken);
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken);
    }
}
