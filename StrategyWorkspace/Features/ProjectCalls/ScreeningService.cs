using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.ProjectCalls;

/// <summary>
/// The working groups' side of a call: each group screens the proposals for its tasks — takes one into the plan as its draft project
/// (serving the task, with the proposal's plan, which the group then revises as any item), returns it with what to correct, or rejects it.
/// </summary>
internal sealed class ScreeningService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock,
    DraftingService drafting, IOptions<WorkspaceOptions> options)
{
    /// <summary>The proposals of every call for the groups the reader may screen for (all of them for the administrator), the waiting ones first.</summary>
    public async Task<IReadOnlyList<ProposalCard>> ListAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var groups = await GroupRights.EditableGroupIds(db, actorId).ToListAsync(cancellationToken);
        var proposals = await db.ProjectProposals.AsNoTracking().Where(p => groups.Contains(p.WorkingGroupId))
            .OrderBy(p => p.State == ProjectProposalState.Submitted ? 0 : 1).ThenBy(p => p.SubmittedAt).ToListAsync(cancellationToken);
        var labels = await CallQueries.TaskLabelsAsync(db, proposals.Select(p => p.TaskItemId), cancellationToken);
        var groupNames = await db.WorkingGroups.AsNoTracking().Where(g => groups.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, g => $"{g.Position}. {g.Name}", cancellationToken);
        var calls = await db.ProjectCalls.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        return proposals.Select(p => new ProposalCard(p.Id, p.Reference, calls[p.CallId], labels[p.TaskItemId], p.WorkingGroupId, groupNames[p.WorkingGroupId],
                p.Application, p.SubmittedAt, p.State, p.Reason, p.ProjectItemId))
            .ToList();
    }

    /// <summary>
    /// Takes a proposal into the plan: the group's new draft project, serving the proposal's task, with its plan and, in its text, who
    /// proposed it, for whom and how its results are measured (in the strategy's language). The task's group only; once.
    /// </summary>
    public async Task<int> AcceptAsync(string? actorId, int proposalId, CancellationToken cancellationToken = default)
    {
        ProjectProposal proposal;
        string callTitle;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            proposal = await db.ProjectProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
                ?? throw new NotFoundException("Call_ProposalNotFound");
            await GroupRights.RequireCanEditAsync(db, actorId, proposal.WorkingGroupId, cancellationToken);
            callTitle = await db.ProjectCalls.Where(c => c.Id == proposal.CallId).Select(c => c.Title).FirstAsync(cancellationToken);
        }
        if (proposal.State != ProjectProposalState.Submitted)
        {
            throw new WorkspaceRuleException("Call_AlreadyScreened");
        }
        var input = new DraftInput
        {
            Title = proposal.Title,
            Body = Body(proposal, callTitle),
            Project = proposal.Plan,
            ChangeNote = DocumentStrings.Get("Call_AcceptedNote", options.Value.DocumentCulture).Replace("{0}", proposal.Reference, StringComparison.Ordinal),
        };
        return await drafting.CreateItemAsync(actorId, proposal.WorkingGroupId, ItemKind.Project, input, [proposal.TaskItemId], async (db, projectId) =>
        {
            // In the same turn as the project: a proposal someone else screened meanwhile is refused, and no project is left behind.
            var screened = await db.ProjectProposals.FirstAsync(p => p.Id == proposalId, cancellationToken);
            screened.Accept(projectId, actorId!, clock.GetUtcNow());
            db.Activity.Add(new ActivityEntry(ActivityKind.ProjectProposalAccepted, actorId!, clock.GetUtcNow(), proposal.WorkingGroupId, projectId, 1, proposal.Reference));
        }, cancellationToken);
    }

    /// <summary>Sends a proposal back to its applicant with what to correct. The task's group only.</summary>
    public Task ReturnAsync(string? actorId, int proposalId, string reason, CancellationToken cancellationToken = default) =>
        DeclineAsync(actorId, proposalId, (proposal, by, now) => proposal.Return(reason, by, now), cancellationToken);

    /// <summary>Rejects a proposal, saying why (the applicant reads it). The task's group only.</summary>
    public Task RejectAsync(string? actorId, int proposalId, string reason, CancellationToken cancellationToken = default) =>
        DeclineAsync(actorId, proposalId, (proposal, by, now) => proposal.Reject(reason, by, now), cancellationToken);

    private async Task DeclineAsync(string? actorId, int proposalId, Action<ProjectProposal, string, DateTimeOffset> decide, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.ProjectProposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
            ?? throw new NotFoundException("Call_ProposalNotFound");
        var actor = await GroupRights.RequireCanEditAsync(db, actorId, proposal.WorkingGroupId, cancellationToken);
        decide(proposal, actor.Id, clock.GetUtcNow());
        db.Activity.Add(new ActivityEntry(ActivityKind.ProjectProposalDeclined, actor.Id, clock.GetUtcNow(), proposal.WorkingGroupId, null, null, proposal.Reference));
        try
        {
            await writeGate.SaveAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleDataException("Call_ScreenedMeanwhile");
        }
    }

    /// <summary>The draft project's text: who proposed it, for whom, how its results are measured, and where it came from.</summary>
    private string Body(ProjectProposal proposal, string callTitle)
    {
        string Words(string key) => DocumentStrings.Get(key, options.Value.DocumentCulture);
        return string.Join("\n\n",
            $"**{Words("Call_Applicant")}:** {proposal.Applicant}",
            $"**{Words("Call_TargetGroups")}:** {proposal.TargetGroups}",
            $"**{Words("Call_Indicators")}:** {proposal.Indicators}",
            $"*{Words("Call_ProposedIn").Replace("{0}", callTitle, StringComparison.Ordinal).Replace("{1}", proposal.Reference, StringComparison.Ordinal)}*");
    }
}
