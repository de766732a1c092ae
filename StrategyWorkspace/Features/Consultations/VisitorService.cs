using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>
/// A visitor's side of the consultation, with no account: reading the consulted edition and the
/// published proposals with their answers, sending a proposal, and looking it up by its reference.
/// </summary>
internal sealed class VisitorService(
    IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, EditionReader editions, CommitteeClock clock)
{
    /// <summary>
    /// For the public page. Null when no consultation was ever opened. In one of the committee's target <paramref name="language"/>s
    /// (the visitor's), the edition reads in its current translations and says where one is missing or outdated.
    /// </summary>
    public async Task<PublicConsultation?> GetPublicAsync(string? language = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var consultation = await ConsultationQueries.LatestAsync(db, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        var document = await editions.GetConsultedDocumentAsync(consultation.EditionNumber, language, cancellationToken);
        var rows = await (
                from p in db.Proposals.AsNoTracking()
                where p.ConsultationId == consultation.Id && p.State == ProposalState.Published
                orderby p.SubmittedAt
                from item in db.Items.Where(i => i.Id == p.AnswerItemId).DefaultIfEmpty()
                select new { Proposal = p, GroupPosition = (int?)item!.WorkingGroup!.Position, Kind = (ItemKind?)item.Kind, Position = (int?)item.Position })
            .ToListAsync(cancellationToken);
        var proposals = rows.Select(r => new PublishedProposal(r.Proposal.Id, r.Proposal.Reference, r.Proposal.WorkingGroupId, r.Proposal.ItemId,
                r.Proposal.Text, r.Proposal.AuthorName, r.Proposal.Organisation, r.Proposal.SubmittedAt,
                r.Proposal.Outcome, r.Proposal.AnswerText, r.Proposal.AnsweredAt, r.Proposal.AnswerItemId,
                r.Kind is { } kind ? new ItemNumber(r.GroupPosition!.Value, kind, r.Position!.Value) : null,
                r.Proposal.AnswerVersionNumber))
            .ToList();
        return new PublicConsultation(ConsultationQueries.View(consultation, clock.GetUtcNow()), document!, proposals);
    }

    /// <summary>
    /// What the proposal form needs: the consultation and the sections and items it may be about,
    /// read as numbers and titles only (the form is anonymous and must stay light).
    /// </summary>
    public async Task<(ConsultationView? Consultation, IReadOnlyList<ProposalTarget> Targets)> GetProposalFormAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var consultation = await ConsultationQueries.LatestAsync(db, cancellationToken);
        if (consultation is null)
        {
            return (null, []);
        }
        var entries = await (
                from edition in db.Editions
                where edition.Number == consultation.EditionNumber
                join entry in db.EditionEntries on edition.Id equals entry.EditionId
                join version in db.ItemVersions on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
                select new { entry.ItemId, entry.WorkingGroupId, entry.GroupPosition, entry.GroupName, entry.Kind, entry.Position, version.Title })
            .ToListAsync(cancellationToken);
        var targets = entries.GroupBy(e => (e.GroupPosition, e.WorkingGroupId, e.GroupName)).OrderBy(g => g.Key.GroupPosition)
            .SelectMany(g => new[] { new ProposalTarget($"g{g.Key.WorkingGroupId}", g.Key.GroupPosition == 0 ? g.Key.GroupName : $"{g.Key.GroupPosition}. {g.Key.GroupName}", IsSection: true) }
                .Concat(g.OrderBy(e => e.Kind).ThenBy(e => e.Position)
                    .Select(e => new ProposalTarget($"i{e.ItemId}", new ItemNumber(e.GroupPosition, e.Kind, e.Position).Label(e.Title), IsSection: false))))
            .ToList();
        return (ConsultationQueries.View(consultation, clock.GetUtcNow()), targets);
    }

    /// <summary>
    /// A visitor's proposal: checked, stored as waiting for moderation, and answered with its
    /// reference. The honeypot and the rate limit are the page's business; this checks the rest.
    /// </summary>
    public async Task<string> SendAsync(ProposalInput input, CancellationToken cancellationToken = default)
    {
        InputRules.Enforce(input);
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var consultation = await ConsultationQueries.LatestAsync(db, cancellationToken)
                ?? throw new InvalidInputException("", "Consultation_NotOpen");
            var (groupId, itemId) = await ResolveTargetAsync(db, consultation.EditionNumber, input.Target, cancellationToken);
            var proposal = consultation.Receive(NewReference(), groupId, itemId, input.Text, input.Name, input.Organisation,
                input.Email, clock.GetUtcNow());
            db.Proposals.Add(proposal);
            try
            {
                await writeGate.SaveAsync(db, cancellationToken);
                return proposal.Reference;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same random reference twice: draw another, on a fresh context.
            }
        }
    }

    /// <summary>What the holder of a reference may know of their proposal.</summary>
    public async Task<ProposalStatusView?> StatusAsync(string? reference, CancellationToken cancellationToken = default)
    {
        var normalized = NormalizeReference(reference);
        if (normalized is null)
        {
            return null;
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == normalized, cancellationToken);
        if (proposal is null)
        {
            return null;
        }
        var targets = await ConsultationQueries.TargetLabelsAsync(db, [proposal], cancellationToken);
        return new ProposalStatusView(proposal.Reference, proposal.SubmittedAt, proposal.State, proposal.RejectionGround, proposal.RejectionNote,
            proposal.Text, targets[proposal.Id].Text, proposal.Outcome, proposal.AnswerText);
    }

    /// <summary>Accepts what people type: lower case, spaces, dashes.</summary>
    internal static string? NormalizeReference(string? reference) => PublicReference.Normalize(reference, Proposal.ReferenceLength);

    private static async Task<(int GroupId, int? ItemId)> ResolveTargetAsync(WorkspaceDbContext db, int edition, string target, CancellationToken cancellationToken)
    {
        var editionId = await db.Editions.Where(e => e.Number == edition).Select(e => e.Id).FirstAsync(cancellationToken);
        if (target.Length > 1 && int.TryParse(target[1..], out var id))
        {
            if (target[0] == 'g' && await db.EditionEntries.AnyAsync(e => e.EditionId == editionId && e.WorkingGroupId == id, cancellationToken))
            {
                return (id, null);
            }
            if (target[0] == 'i' && await db.EditionEntries.Where(e => e.EditionId == editionId && e.ItemId == id)
                    .Select(e => (int?)e.WorkingGroupId).FirstOrDefaultAsync(cancellationToken) is { } group)
            {
                return (group, id);
            }
        }
        throw new InvalidInputException(nameof(ProposalInput.Target), "Consultation_UnknownTarget");
    }

    private static string NewReference() => PublicReference.New(Proposal.ReferenceLength);
}
