using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Features.ProjectCalls;

/// <summary>What the call's pages and services read alike: the latest call, a call's frame and counts, the adopted strategy's tasks.</summary>
internal static class CallQueries
{
    public static Task<ProjectCall?> LatestAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.ProjectCalls.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    public static async Task<CallView> ViewAsync(WorkspaceDbContext db, ProjectCall call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = await db.ProjectProposals.Where(p => p.CallId == call.Id).GroupBy(p => p.State)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(ProjectProposalState state) => counts.Where(c => c.State == state).Sum(c => c.Count);
        return new CallView(call.Id, call.Title, call.FirstYear, call.LastYear, call.Introduction, call.StartsAt, call.EndsAt, call.ClosedAt,
            call.StatusAt(now), new CallCounts(Count(ProjectProposalState.Submitted), Count(ProjectProposalState.Accepted),
                Count(ProjectProposalState.Returned), Count(ProjectProposalState.Rejected)));
    }

    /// <summary>The adopted edition's tasks, in the document's order, each under its section: what a project may serve.</summary>
    public static async Task<IReadOnlyList<CallTask>> TasksAsync(WorkspaceDbContext db, CancellationToken cancellationToken)
    {
        var edition = await db.Editions.AsNoTracking().Where(e => e.AdoptedOn != null).OrderByDescending(e => e.Number)
            .Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
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
