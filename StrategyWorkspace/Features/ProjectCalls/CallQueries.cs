using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Features.ProjectCalls;

/// <summary>What the call's pages and services read alike: the latest call, a call's frame and counts, the adopted strategy's tasks.</summary>
internal static class CallQueries
{
    public static Task<ProjectCall?> LatestAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.ProjectCalls.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The calls' frames with what became of their proposals, counted in one query for all of them.</summary>
    public static async Task<IReadOnlyList<CallView>> ViewsAsync(WorkspaceDbContext db, IReadOnlyList<ProjectCall> calls, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ids = calls.Select(c => c.Id).ToList();
        var counts = (await db.ProjectProposals.Where(p => ids.Contains(p.CallId)).GroupBy(p => new { p.CallId, p.State })
                .Select(g => new { g.Key.CallId, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToLookup(c => c.CallId, c => (c.State, c.Count));
        return calls.Select(call => View(call, counts[call.Id], now)).ToList();
    }

    /// <summary>A call's frame, its proposals counted from <paramref name="states"/> (each state with how many are in it).</summary>
    public static CallView View(ProjectCall call, IEnumerable<(ProjectProposalState State, int Count)> states, DateTimeOffset now)
    {
        var counted = states.ToList();
        int Count(ProjectProposalState state) => counted.Where(c => c.State == state).Sum(c => c.Count);
        return new CallView(call.Id, call.Title, call.FirstYear, call.LastYear, call.Introduction, call.StartsAt, call.EndsAt, call.ClosedAt,
            call.StatusAt(now), new CallCounts(Count(ProjectProposalState.Submitted), Count(ProjectProposalState.Accepted),
                Count(ProjectProposalState.Returned), Count(ProjectProposalState.Rejected)));
    }

    /// <summary>The adopted edition's tasks, in the document's order, each under its section: what a project may serve.</summary>
    public static async Task<IReadOnlyList<CallTask>> TasksAsync(WorkspaceDbContext db, CancellationToken cancellationToken)
    {
        var edition = await db.AdoptedEditions().Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return [];
        }
        var rows = await (
                from entry in db.EditionEntries.AsNoTracking()
                where entry.EditionId == edition && entry.Kind == ItemKind.Task
                join version in db.ItemVersions.AsNoTracking() on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
                select new { entry.ItemId, entry.WorkingGroupId, entry.GroupPosition, entry.GroupName, entry.Position, version.Title })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.GroupPosition).ThenBy(r => r.Position)
            .Select(r => new CallTask(r.ItemId, r.WorkingGroupId, $"{r.GroupPosition}. {r.GroupName}", new ItemNumber(r.GroupPosition, ItemKind.Task, r.Position).Label(r.Title)))
            .ToList();
    }

    /// <summary>The label of each task the proposals name, as the adopted edition has it (or the task's current title, once it left it).</summary>
    public static async Task<IReadOnlyDictionary<int, string>> TaskLabelsAsync(WorkspaceDbContext db, IEnumerable<int> taskIds, CancellationToken cancellationToken)
    {
        var ids = taskIds.Distinct().ToList();
        var labels = (await TasksAsync(db, cancellationToken)).Where(t => ids.Contains(t.ItemId)).ToDictionary(t => t.ItemId, t => t.Label);
        var missing = ids.Where(id => !labels.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var titles = await db.ItemVersions.AsNoTracking().Where(v => missing.Contains(v.ItemId))
                .GroupBy(v => v.ItemId).Select(g => new { ItemId = g.Key, Title = g.OrderByDescending(v => v.Number).Select(v => v.Title).First() })
                .ToListAsync(cancellationToken);
            foreach (var title in titles)
            {
                labels[title.ItemId] = title.Title;
            }
        }
        return labels;
    }
}
