using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>What a consultation brought and what became of it, counted and listed; the files are <see cref="ConsultationReports"/>'.</summary>
internal sealed class ReportService(IDbContextFactory<WorkspaceDbContext> contextFactory, CommitteeClock clock)
{
    /// <summary>
    /// "You said, we did" of a consultation (the latest when none is named). Public once that
    /// consultation has closed; the chair and the administrator see it at any time. Null when
    /// there is no such consultation.
    /// </summary>
    public async Task<ConsultationReport?> ReportAsync(string? actorId, int? consultationId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var consultation = consultationId is { } id
            ? await db.Consultations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await ConsultationQueries.LatestAsync(db, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        if (consultation.StatusAt(clock.GetUtcNow()) != ConsultationStatus.Closed)
        {
            await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        }

        var all = await db.Proposals.AsNoTracking().Where(p => p.ConsultationId == consultation.Id).ToListAsync(cancellationToken);
        var published = all.Where(p => p.State == ProposalState.Published).OrderBy(p => p.SubmittedAt).ToList();
        var targets = await ConsultationQueries.TargetLabelsAsync(db, published, cancellationToken);
        var groups = await db.WorkingGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => (g.Position, g.Name), cancellationToken);
        var answerItems = published.Where(p => p.AnswerItemId is not null).Select(p => p.AnswerItemId!.Value).Distinct().ToList();
        var numbers = await db.Items.AsNoTracking().Where(i => answerItems.Contains(i.Id))
            .Select(i => new { i.Id, i.WorkingGroup!.Position, i.Kind, ItemPosition = i.Position })
            .ToDictionaryAsync(i => i.Id, i => new ItemNumber(i.Position, i.Kind, i.ItemPosition), cancellationToken);

        ReportCount Count(string label, IEnumerable<Proposal> proposals)
        {
            var list = proposals.ToList();
            return new ReportCount(label, list.Count,
                list.Count(p => p.Outcome == ProposalOutcome.Accepted), list.Count(p => p.Outcome == ProposalOutcome.PartlyAccepted),
                list.Count(p => p.Outcome == ProposalOutcome.Declined), list.Count(p => p.Outcome is null));
        }

        var byGroup = published.GroupBy(p => p.WorkingGroupId).OrderBy(g => groups[g.Key].Position)
            .Select(g => Count($"{groups[g.Key].Position}. {groups[g.Key].Name}", g)).ToList();
        var byItem = published.GroupBy(p => targets[p.Id]).OrderBy(g => g.Key.GroupPosition).ThenBy(g => g.Key.Number)
            .Select(g => Count(g.Key.Text, g)).ToList();
        var byOutcome = Enum.GetValues<ProposalOutcome>().ToDictionary(o => o.ToString(), o => published.Count(p => p.Outcome == o));
        byOutcome["Unanswered"] = published.Count(p => p.Outcome is null);
        var lines = published.Select(p => new ReportLine(p.Reference, groups[p.WorkingGroupId].Name, targets[p.Id].Text, p.Text, p.AuthorName, p.Organisation,
                p.SubmittedAt, p.Outcome, p.AnswerText,
                p.AnswerItemId is { } item ? numbers.GetValueOrDefault(item) : null, p.AnswerVersionNumber))
            .ToList();
        return new ConsultationReport(ConsultationQueries.View(consultation, clock.GetUtcNow()), all.Count, published.Count, all.Count(p => p.State == ProposalState.Rejected),
            byGroup, byItem, byOutcome, lines);
    }
}
