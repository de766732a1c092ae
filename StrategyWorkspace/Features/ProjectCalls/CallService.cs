using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Features.ProjectCalls;

/// <summary>The chair's side of the calls for project proposals: opening one for the plan's years, closing it, the list with its counts.</summary>
internal sealed class CallService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock)
{
    /// <summary>Every call, newest first, with what became of its proposals; for anyone signed in.</summary>
    public async Task<IReadOnlyList<CallView>> ListAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var calls = await db.ProjectCalls.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return await CallQueries.ViewsAsync(db, calls, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The plan's years a new call is most likely for: the next two, within the strategy's horizon.</summary>
    public async Task<(int First, int Last)> SuggestedYearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var horizon = await db.HorizonAsync(cancellationToken);
        var first = Math.Min(clock.Today.Year + 1, horizon);
        return (first, Math.Min(first + 1, horizon));
    }

    /// <summary>
    /// Opens a call from the first to the last day (both included, committee time) for projects in the plan's years. The chair or the
    /// administrator only, once the strategy is adopted (a project serves one of its tasks); one call at a time.
    /// </summary>
    public async Task<int> OpenAsync(string? actorId, OpenCallInput input, CancellationToken cancellationToken = default)
    {
        InputRules.Enforce(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        if ((await CallQueries.TasksAsync(db, cancellationToken)).Count == 0)
        {
            throw new InvalidInputException("", "Call_NothingAdopted");
        }
        var horizon = await db.HorizonAsync(cancellationToken);
        var call = await writeGate.SaveAsync(db, async () =>
        {
            // In the turn: two chairs opening at once must not both find none running.
            var call = ProjectCall.Open(input.Title, input.FirstYear!.Value, input.LastYear!.Value, input.Introduction,
                clock.StartOf(input.FirstDay!.Value), clock.StartOf(input.LastDay!.Value.AddDays(1)), actor.Id, clock.GetUtcNow(), horizon,
                await db.ProjectCalls.Where(c => c.ClosedAt == null).ToListAsync(cancellationToken));
            db.ProjectCalls.Add(call);
            db.Activity.Add(new ActivityEntry(ActivityKind.CallOpened, actor.Id, clock.GetUtcNow(), null, null, null, call.Title));
            return call;
        }, cancellationToken);
        return call.Id;
    }

    /// <summary>Closes a call before its end; everything sent stays, to be screened. The chair or the administrator only.</summary>
    public async Task CloseAsync(string? actorId, int callId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        var call = await db.ProjectCalls.FirstOrDefaultAsync(c => c.Id == callId, cancellationToken) ?? throw new NotFoundException("Call_NotFound");
        call.Close(actor.Id, clock.GetUtcNow());
        db.Activity.Add(new ActivityEntry(ActivityKind.CallClosed, actor.Id, clock.GetUtcNow(), null, null, null, call.Title));
        await writeGate.SaveAsync(db, cancellationToken);
    }
}
