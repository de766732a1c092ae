using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>
/// The public consultation: the chair opens and closes it, anyone sends proposals, the chair
/// moderates them, the owning group answers, and the report sums it up. Visitors need no account;
/// everything else is checked against the acting person's roles and groups.
/// </summary>
public sealed class ConsultationService(
    IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, IOptions<WorkspaceOptions> options,
    IOutputCacheStore publicPages, TimeProvider clock)
{
    // Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.
    private const string ReferenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private TimeZoneInfo CommitteeTime => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Every consultation so far, newest first: their reports stay readable after the next one opens.</summary>
    public async Task<IReadOnlyList<ConsultationView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.Consultations.AsNoTracking().OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        return all.Select(View).ToList();
    }

    /// <summary>The consultation the public sees now: the open or scheduled one, else the last that closed.</summary>
    public async Task<ConsultationOverview?> GetOverviewAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var consultation = await LatestAsync(db, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        var counts = await db.Proposals.Where(p => p.ConsultationId == consultation.Id)
            .GroupBy(p => new { p.State, Answered = p.Outcome != null })
            .Select(g => new { g.Key.State, g.Key.Answered, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new ConsultationOverview(View(consultation),
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
        await using var transaction = await writeGate.BeginAsync(db, cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        if (!await db.Editions.AnyAsync(e => e.Number == input.EditionNumber, cancellationToken))
        {
            throw new InvalidInputException(nameof(input.EditionNumber), "Consolidation_EditionNotFound");
        }
        var now = clock.GetUtcNow();
        var running = await db.Consultations.Where(c => c.ClosedAt == null).ToListAsync(cancellationToken);
        if (running.Any(c => c.StatusAt(now) != ConsultationStatus.Closed))
        {
            throw new InvalidInputException("", "Consultation_AnotherOpen");
        }
        var consultation = new Consultation(input.EditionNumber, input.Introduction,
            DayStart(input.FirstDay!.Value), DayStart(input.LastDay!.Value.AddDays(1)), actorId!, now);
        db.Consultations.Add(consultation);
        db.Activity.Add(new ActivityEntry(ActivityKind.ConsultationOpened, actorId!, now, null, null, input.EditionNumber, input.Introduction));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken);
        return consultation.Id;
    }

    /// <summary>Closes it now. Every proposal and answer stays; the report becomes public.</summary>
    public async Task CloseAsync(string? actorId, int consultationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == consultationId, cancellationToken)
            ?? throw new NotFoundException("Consultation_NotFound");
        consultation.Close(actorId!, clock.GetUtcNow());
        db.Activity.Add(new ActivityEntry(ActivityKind.ConsultationClosed, actorId!, clock.GetUtcNow(), null, null, consultation.EditionNumber, null));
        await db.SaveChangesAsync(cancellationToken);
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken);
    }

    /// <summary>For the public page: no sign-in. Null when no consultation was ever opened.</summary>
    public async Task<PublicConsultation?> GetPublicAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var consultation = await LatestAsync(db, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        var document = await EditionReader.ReadDocumentAsync(db, consultation.EditionNumber, cancellationToken);
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
        return new PublicConsultation(View(consultation), document!, proposals);
    }

    /// <summary>
    /// What the proposal form needs: the consultation and the sections and items it may be about,
    /// read as numbers and titles only (the form is anonymous and must stay light).
    /// </summary>
    public async Task<(ConsultationView? Consultation, IReadOnlyList<ProposalTarget> Targets)> GetProposalFormAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var consultation = await LatestAsync(db, cancellationToken);
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
            .SelectMany(g => new[] { new ProposalTarget($"g{g.Key.WorkingGroupId}", $"{g.Key.GroupPosition}. {g.Key.GroupName}", IsSection: true) }
                .Concat(g.OrderBy(e => e.Kind).ThenBy(e => e.Position)
                    .Select(e => new ProposalTarget($"i{e.ItemId}", $"{new ItemNumber(e.GroupPosition, e.Kind, e.Position)}. {e.Title}", IsSection: false))))
            .ToList();
        return (View(consultation), targets);
    }

    /// <summary>
    /// A visitor's proposal: checked, stored as waiting for moderation, and answered with its
    /// reference. The honeypot and the rate limit are the page's business; this checks the rest.
    /// </summary>
    public async Task<string> SendAsync(ProposalInput input, CancellationToken cancellationToken = default)
    {
        InputRules.Enforce(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var consultation = await LatestAsync(db, cancellationToken);
        if (consultation is null || consultation.StatusAt(clock.GetUtcNow()) != ConsultationStatus.Open)
        {
            throw new InvalidInputException("", "Consultation_NotOpen");
        }
        var (groupId, itemId) = await ResolveTargetAsync(db, consultation.EditionNumber, input.Target, cancellationToken);

        for (var attempt = 0; ; attempt++)
        {
            var proposal = new Proposal(consultation.Id, NewReference(), groupId, itemId, input.Text, input.Name, input.Organisation,
                input.Email, clock.GetUtcNow());
            db.Proposals.Add(proposal);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return proposal.Reference;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same random reference twice: draw another.
                db.Proposals.Remove(proposal);
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
        var targets = await TargetLabelsAsync(db, [proposal], cancellationToken);
        return new ProposalStatusView(proposal.Reference, proposal.SubmittedAt, proposal.State, proposal.RejectionGround, proposal.RejectionNote,
            proposal.Text, targets[proposal.Id].Text, proposal.Outcome, proposal.AnswerText);
    }

    public async Task<IReadOnlyList<ModerationRow>> PendingAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var pending = await db.Proposals.AsNoTracking().Where(p => p.State == ProposalState.Pending).ToListAsync(cancellationToken);
        var targets = await TargetLabelsAsync(db, pending, cancellationToken);
        return pending.OrderBy(p => p.SubmittedAt)
            .Select(p => new ModerationRow(p.Id, p.Reference, targets[p.Id].Text, p.Text, p.AuthorName, p.Organisation, p.Email, p.SubmittedAt))
            .ToList();
    }

    public Task PublishAsync(string? actorId, int proposalId, CancellationToken cancellationToken = default) =>
        ModerateAsync(actorId, proposalId, ActivityKind.ProposalPublished, null, p => p.Publish(actorId!, clock.GetUtcNow()), cancellationToken);

    public Task RejectAsync(string? actorId, int proposalId, RejectionGround ground, string? note, CancellationToken cancellationToken = default)
    {
        InvalidInputException.ThrowIfTooLong("Note", note, Proposal.MaxAnswerLength);
        // The ground stays on the proposal; the log keeps the chair's own words, in no enum's English.
        return ModerateAsync(actorId, proposalId, ActivityKind.ProposalRejected, note,
            p => p.Reject(ground, note, actorId!, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Published proposals on the groups the actor drafts for (all groups for the administrator).</summary>
    public async Task<IReadOnlyList<AnswerRow>> ToAnswerAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var groups = await AnswerableGroupsAsync(db, actorId, cancellationToken);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.State == ProposalState.Published && groups.Contains(p.WorkingGroupId))
            .ToListAsync(cancellationToken);
        var targets = await TargetLabelsAsync(db, proposals, cancellationToken);
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
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException("Reason", "Consultation_AnswerReasonRequired");
        }
        InvalidInputException.ThrowIfTooLong("Reason", reason, Proposal.MaxAnswerLength);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
            ?? throw new NotFoundException("Consultation_ProposalNotFound");
        // The group's members answer, as the answers page lists; an archived group too: archiving
        // ends the drafting, not the duty to answer what the public sent during the consultation.
        if (!(await AnswerableGroupsAsync(db, actorId, cancellationToken)).Contains(proposal.WorkingGroupId))
        {
            throw await Rights.RefusalAsync(db, actorId, "Drafting_NotYourGroup", cancellationToken);
        }
        if (itemId is { } id)
        {
            var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.WorkingGroupId == proposal.WorkingGroupId, cancellationToken)
                ?? throw new InvalidInputException("Item", "Consultation_AnswerItemNotInGroup");
            versionNumber ??= item.LatestVersionNumber;
            if (versionNumber < 1 || versionNumber > item.LatestVersionNumber)
            {
                throw new InvalidInputException("Version", "Drafting_UnknownBase");
            }
        }
        proposal.Answer(outcome, reason, itemId, itemId is null ? null : versionNumber, actorId!, clock.GetUtcNow());
        db.Activity.Add(new ActivityEntry(ActivityKind.ProposalAnswered, actorId!, clock.GetUtcNow(), proposal.WorkingGroupId,
            itemId, itemId is null ? null : versionNumber, $"{proposal.Reference}: {reason}"));
        await db.SaveChangesAsync(cancellationToken);
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken);
    }

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
            : await LatestAsync(db, cancellationToken);
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
        var targets = await TargetLabelsAsync(db, published, cancellationToken);
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
        return new ConsultationReport(View(consultation), all.Count, published.Count, all.Count(p => p.State == ProposalState.Rejected),
            byGroup, byItem, byOutcome, lines);
    }

    private async Task ModerateAsync(string? actorId, int proposalId, ActivityKind kind, string? note, Action<Proposal> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await writeGate.BeginAsync(db, cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
            ?? throw new NotFoundException("Consultation_ProposalNotFound");
        change(proposal);
        db.Activity.Add(new ActivityEntry(kind, actorId!, clock.GetUtcNow(), proposal.WorkingGroupId, proposal.ItemId, null,
            $"{proposal.Reference} {note}".Trim()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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

    /// <summary>What a proposal is about, as the consulted edition names it, and where that stands in the edition.</summary>
    private sealed record TargetLabel(string Text, int GroupPosition, ItemNumber? Number);

    /// <summary>"1. Group" for a section, "1.2.3. Title" for an item, as the consulted edition names them.</summary>
    private static async Task<Dictionary<int, TargetLabel>> TargetLabelsAsync(WorkspaceDbContext db, IReadOnlyCollection<Proposal> proposals, CancellationToken cancellationToken)
    {
        var consultationIds = proposals.Select(p => p.ConsultationId).Distinct().ToList();
        var editions = await db.Consultations.Where(c => consultationIds.Contains(c.Id))
            .Join(db.Editions, c => c.EditionNumber, e => e.Number, (c, e) => new { c.Id, EditionId = e.Id })
            .ToDictionaryAsync(x => x.Id, x => x.EditionId, cancellationToken);
        var editionIds = editions.Values.Distinct().ToList();
        // Only the items and groups these proposals are about: a status lookup reads one title, not the edition.
        var itemIds = proposals.Where(p => p.ItemId is not null).Select(p => p.ItemId!.Value).Distinct().ToList();
        var groupIds = proposals.Select(p => p.WorkingGroupId).Distinct().ToList();
        var items = await (
                from entry in db.EditionEntries
                where editionIds.Contains(entry.EditionId) && itemIds.Contains(entry.ItemId)
                join version in db.ItemVersions on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
                select new { entry.EditionId, entry.ItemId, entry.GroupPosition, entry.Kind, entry.Position, version.Title })
            .ToDictionaryAsync(e => (e.EditionId, e.ItemId), cancellationToken);
        var groups = (await db.EditionEntries
                .Where(e => editionIds.Contains(e.EditionId) && groupIds.Contains(e.WorkingGroupId))
                .Select(e => new { e.EditionId, e.WorkingGroupId, e.GroupPosition, e.GroupName })
                .Distinct()
                .ToListAsync(cancellationToken))
            .DistinctBy(g => (g.EditionId, g.WorkingGroupId))
            .ToDictionary(g => (g.EditionId, g.WorkingGroupId));
        return proposals.ToDictionary(p => p.Id, p =>
        {
            var editionId = editions[p.ConsultationId];
            if (p.ItemId is { } itemId && items.TryGetValue((editionId, itemId), out var item))
            {
                var number = new ItemNumber(item.GroupPosition, item.Kind, item.Position);
                return new TargetLabel($"{number}. {item.Title}", item.GroupPosition, number);
            }
            return groups.TryGetValue((editionId, p.WorkingGroupId), out var group)
                ? new TargetLabel($"{group.GroupPosition}. {group.GroupName}", group.GroupPosition, null)
                : new TargetLabel("", 0, null);
        });
    }

    private static async Task<Consultation?> LatestAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        await db.Consultations.AsNoTracking().OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    private ConsultationView View(Consultation c) =>
        new(c.Id, c.EditionNumber, c.Introduction, c.StartsAt, c.EndsAt, c.ClosedAt, c.StatusAt(clock.GetUtcNow()));

    private DateTimeOffset DayStart(DateTime day)
    {
        var local = DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, CommitteeTime.GetUtcOffset(local));
    }

    private static string NewReference()
    {
        // Nine characters of 32: about 3.5e13 possibilities, so a reference cannot be guessed.
        Span<char> reference = stackalloc char[Proposal.ReferenceLength];
        for (var i = 0; i < reference.Length; i++)
        {
            reference[i] = ReferenceAlphabet[RandomNumberGenerator.GetInt32(ReferenceAlphabet.Length)];
        }
        return new string(reference);
    }

    /// <summary>Accepts what people type: lower case, spaces, dashes.</summary>
    internal static string? NormalizeReference(string? reference)
    {
        var cleaned = new string((reference ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return cleaned.Length == Proposal.ReferenceLength ? cleaned : null;
    }
}
