using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>
/// The chair's side of a public consultation: opening one on an edition for a period, closing it,
/// and the overview of what came in. The chair and the administrator only.
/// </summary>
internal sealed class ConsultationService(
    IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, IOutputCacheStore publicPages, CommitteeClock clock)
{
    /// <summary>Every consultation so far, newest first: their reports stay readable after the next one opens.</summary>
    public async Task<IReadOnlyList<ConsultationView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.Consultations.AsNoTracking().OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        return all.Select(c => ConsultationQueries.View(c, clock.GetUtcNow())).ToList();
    }

    /// <summary>The consultation the public sees now, with its proposals counted by state.</summary>
    public async Task<ConsultationOverview?> GetOverviewAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var consultation = await ConsultationQueries.LatestAsync(db, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        var counts = await db.Proposals.Where(p => p.ConsultationId == consultation.Id)
            .GroupBy(p => new { p.State, Answered = p.Outcome != null })
            .Select(g => new { g.Key.State, g.Key.Answered, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new ConsultationOverview(ConsultationQueries.View(consultation, clock.GetUtcNow()),
            counts.Where(c => c.State == ProposalState.Pending).Sum(c => c.Count),
            counts.Where(c => c.State == ProposalState.Published).Sum(c => c.Count),
            counts.Where(c => c.State == ProposalState.Rejected).Sum(c => c.Count),
            counts.Where(c => c.Answered).Sum(c => c.Count));
    }

    /// <summary>Opens a consultation on an edition, from the first to the last day (both included, committee time).</summary>
    public async Task<int> OpenAsync(string? actorId, OpenConsultationInput input, CancellationToken cancellationToken = default)
    {
        InputRules.Enforce(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        if (!await db.Editions.AnyAsync(e => e.Number == input.EditionNumber, cancellationToken))
        {
            throw new InvalidInputException(nameof(input.EditionNumber), "Consolidation_EditionNotFound");
        }
        var consultation = await writeGate.SaveAsync(db, async () =>
        {
            // In the turn: two chairs opening at once must not both find none running.
            var consultation = Consultation.Open(input.EditionNumber, input.Introduction,
                clock.StartOf(input.FirstDay!.Value), clock.StartOf(input.LastDay!.Value.AddDays(1)), actor.Id, clock.GetUtcNow(),
                await db.Consultations.Where(c => c.ClosedAt == null).ToListAsync(cancellationToken));
            db.Consultations.Add(consultation);
            db.Activity.Add(new ActivityEntry(ActivityKind.ConsultationOpened, actor.Id, clock.GetUtcNow(), null, null, input.EditionNumber, input.Introduction));
            return consultation;
        }, cancellationToken);
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken);
        return consultation.Id;
    }

    /// <summary>Closes it now. Every proposal and answer stays; the report becomes public.</summary>
    public async Task CloseAsync(string? actorId, int consultationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == consultationId, cancellationToken)
            ?? throw new NotFoundException("Consultation_NotFound");
        consultation.Close(actor.Id, clock.GetUtcNow());
        db.Activity.Add(new ActivityEntry(ActivityKind.ConsultationClosed, actor.Id, clock.GetUtcNow(), null, null, consultation.EditionNumber, null));
        await writeGate.SaveAsync(db, cancellationToken);
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken);
    }
}
