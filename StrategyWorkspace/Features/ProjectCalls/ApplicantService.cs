using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Features.ProjectCalls;

/// <summary>
/// An applicant's side of a call, with no account: the call and the tasks a project may serve, sending a proposal, following it by its
/// reference and sending it again once corrected; and the call's summary, for anyone.
/// </summary>
internal sealed class ApplicantService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock)
{
    /// <summary>The latest call with the tasks a project may serve; no call: null and none.</summary>
    public async Task<(CallView? Call, IReadOnlyList<CallTask> Tasks)> GetFormAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var call = await CallQueries.LatestAsync(db, cancellationToken);
        return call is null ? (null, []) : ((await CallQueries.ViewsAsync(db, [call], clock.GetUtcNow(), cancellationToken))[0], await CallQueries.TasksAsync(db, cancellationToken));
    }

    /// <summary>
    /// A visitor's proposal: checked, stored as waiting for the task's group, and answered with its reference. The honeypot and the rate
    /// limit are the page's business; this checks the rest, refusing on the field that is wrong.
    /// </summary>
    public async Task<string> SendAsync(ProjectProposalInput input, CancellationToken cancellationToken = default)
    {
        InputRules.Enforce(input);
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var call = await CallQueries.LatestAsync(db, cancellationToken) ?? throw new InvalidInputException("", "Call_NotOpen");
            var task = (await CallQueries.TasksAsync(db, cancellationToken)).FirstOrDefault(t => t.ItemId == input.Task)
                ?? throw new InvalidInputException(nameof(input.Task), "Call_UnknownTask");
            var horizon = await db.HorizonAsync(cancellationToken);
            var proposal = call.Receive(PublicReference.New(ProjectProposal.ReferenceLength), task.ItemId, task.GroupId, input.ToApplication(), horizon,
                clock.GetUtcNow());
            db.ProjectProposals.Add(proposal);
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

    /// <summary>What the holder of a reference may know of their proposal; null for a reference that names none.</summary>
    public async Task<ProjectProposalStatus?> StatusAsync(string? reference, CancellationToken cancellationToken = default)
    {
        var normalized = PublicReference.Normalize(reference, ProjectProposal.ReferenceLength);
        if (normalized is null)
        {
            return null;
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.ProjectProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == normalized, cancellationToken);
        if (proposal is null)
        {
            return null;
        }
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, cancellationToken);
        var labels = await CallQueries.TaskLabelsAsync(db, [proposal.TaskItemId], cancellationToken);
        return new ProjectProposalStatus(proposal.Reference, call.Title, call.StatusAt(clock.GetUtcNow()), labels[proposal.TaskItemId], proposal.Application,
            proposal.SubmittedAt, proposal.State, proposal.Reason);
    }

    /// <summary>The form as the applicant last sent it, for a proposal returned to be corrected; null when it cannot be sent again.</summary>
    public async Task<ProjectProposalInput?> ReturnedFormAsync(string? reference, CancellationToken cancellationToken = default)
    {
        var normalized = PublicReference.Normalize(reference, ProjectProposal.ReferenceLength);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.ProjectProposals.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Reference == normalized && p.State == ProjectProposalState.Returned, cancellationToken);
        return proposal is null ? null : ProjectProposalInput.From(proposal.TaskItemId, proposal.Application);
    }

    /// <summary>Sends a returned proposal again, corrected: it waits for its group's screening once more. Only while its call is open.</summary>
    public async Task ResubmitAsync(string? reference, ProjectProposalInput input, CancellationToken cancellationToken = default)
    {
        InputRules.Enforce(input);
        var normalized = PublicReference.Normalize(reference, ProjectProposal.ReferenceLength) ?? throw new NotFoundException("Call_ProposalNotFound");
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.ProjectProposals.FirstOrDefaultAsync(p => p.Reference == normalized, cancellationToken)
            ?? throw new NotFoundException("Call_ProposalNotFound");
        var call = await db.ProjectCalls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, cancellationToken);
        var horizon = await db.HorizonAsync(cancellationToken);
        proposal.Resubmit(call, input.ToApplication(), horizon, clock.GetUtcNow());
        await writeGate.SaveAsync(db, cancellationToken);
    }

    /// <summary>A call's summary for anyone: every proposal, in the order they came, and what became of it; null for no such call.</summary>
    public async Task<CallSummary?> SummaryAsync(int callId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var call = await db.ProjectCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null)
        {
            return null;
        }
        var proposals = await db.ProjectProposals.AsNoTracking().Where(p => p.CallId == callId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var labels = await CallQueries.TaskLabelsAsync(db, proposals.Select(p => p.TaskItemId), cancellationToken);
        var projectIds = proposals.Where(p => p.ProjectItemId is not null).Select(p => p.ProjectItemId!.Value).ToList();
        var projects = await db.Items.AsNoTracking().Where(i => projectIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Kind, i.Position, Group = i.WorkingGroup!.Position }).ToListAsync(cancellationToken);
        var numbers = projects.ToDictionary(p => p.Id, p => new ItemNumber(p.Group, p.Kind, p.Position).ToString());
        // Nothing a visitor typed is public before a group has read it, nor what a group rejected (spam, abuse): those show their
        // reference, task and outcome only.
        var lines = proposals.Select(p => p.State is ProjectProposalState.Accepted or ProjectProposalState.Returned
                ? new SummaryLine(p.Reference, p.Title, p.Applicant, labels[p.TaskItemId], p.Plan.Total, p.State, p.Reason,
                    p.ProjectItemId is { } id ? numbers.GetValueOrDefault(id) : null)
                : new SummaryLine(p.Reference, null, null, labels[p.TaskItemId], null, p.State, p.Reason, null))
            .ToList();
        // Counted from the proposals read above, not asked of the database again.
        var view = CallQueries.View(call, proposals.GroupBy(p => p.State).Select(g => (g.Key, g.Count())), clock.GetUtcNow());
        return new CallSummary(view, lines);
    }
}
