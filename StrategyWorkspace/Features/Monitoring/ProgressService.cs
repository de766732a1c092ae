using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// How the adopted plan's projects and measures are carried out: their status, percentage, money spent and progress notes, reported
/// by the owning group's members and the administrator; a task's and goal's progress computed from them.
/// </summary>
internal sealed class ProgressService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock,
    IOutputCacheStore publicPages)
{
    public async Task<ProgressBoard> GetBoardAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var editable = (await GroupRights.EditableGroupIds(db, actorId).ToListAsync(cancellationToken)).ToHashSet();
        return await ReadBoardAsync(db, editable, cancellationToken);
    }

    /// <summary>
    /// Reports on a project of the adopted plan: status, percentage, money spent by source and year (replacing what was reported), and
    /// a dated note. The administrator and the project's group's members only; refused on its field when a rule is broken, and as stale
    /// when the progress changed since <see cref="ProgressInput.ExpectedToken"/>.
    /// </summary>
    public async Task ReportAsync(string? actorId, ProgressInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var editionId = await AdoptedEditionIdAsync(db, cancellationToken) ?? throw new NotFoundException("Monitoring_NoneAdopted");
        var groupId = await db.EditionEntries.Where(e => e.EditionId == editionId && e.ItemId == input.ItemId && e.Kind == ItemKind.Project)
            .Select(e => (int?)e.WorkingGroupId).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Progress_NotInPlan");
        var actor = await GroupRights.RequireCanEditAsync(db, actorId, groupId, cancellationToken);
        try
        {
            await writeGate.SaveAsync(db, async () =>
            {
                var progress = await db.ProjectProgresses.Include(p => p.Spending).FirstOrDefaultAsync(p => p.ItemId == input.ItemId, cancellationToken);
                if (progress is null)
                {
                    progress = ProjectProgress.NotStarted(input.ItemId);
                    db.ProjectProgresses.Add(progress);
                }
                progress.Report(input.Status, input.Percent, input.Spent, input.NoteOn, input.Note, input.ExpectedToken, actor.Id, clock.GetUtcNow(),
                    DateOnly.FromDateTime(clock.Today));
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The project's first report made by someone else at the same moment, or a report over it.
            throw new StaleDataException("Progress_ChangedMeanwhile");
        }
        // The public results show the project's progress.
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.ResultsTag, cancellationToken);
    }

    /// <summary>Every note on a project's progress, newest first.</summary>
    public async Task<IReadOnlyList<ProgressNoteView>> GetNotesAsync(string? actorId, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await NotesAsync(db, itemId, cancellationToken);
    }

    internal static async Task<IReadOnlyList<ProgressNoteView>> NotesAsync(WorkspaceDbContext db, int itemId, CancellationToken cancellationToken) =>
        (await db.ProgressNotes.AsNoTracking()
            .Join(db.ProjectProgresses.Where(p => p.ItemId == itemId), n => n.ProjectProgressId, p => p.Id, (n, p) => n)
            .Select(n => new { n.Id, n.On, n.Text, n.Status, n.Percent, By = n.WrittenBy!.DisplayName, n.WrittenAt })
            .ToListAsync(cancellationToken))
        .OrderByDescending(n => n.On).ThenByDescending(n => n.Id)
        .Select(n => new ProgressNoteView(n.On, n.Text, n.Status, n.Percent, n.By, n.WrittenAt))
        .ToList();

    /// <summary>
    /// The board of the newest adopted edition: its goals, tasks and projects by group, a project under the first task it serves and a
    /// task under the first goal, as the implementation plan places them. <paramref name="editable"/>: the groups the reader reports for.
    /// </summary>
    internal static async Task<ProgressBoard> ReadBoardAsync(WorkspaceDbContext db, IReadOnlySet<int> editable, CancellationToken cancellationToken)
    {
        if (await AdoptedEditionIdAsync(db, cancellationToken) is not { } editionId)
        {
            return ProgressBoard.NoneAdopted;
        }
        var entries = await (
                from entry in db.EditionEntries.AsNoTracking()
                where entry.EditionId == editionId
                    && (entry.Kind == ItemKind.Goal || entry.Kind == ItemKind.Task || entry.Kind == ItemKind.Project)
                join version in db.ItemVersions.AsNoTracking()
                    on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
                select new { entry.ItemId, entry.WorkingGroupId, entry.GroupPosition, entry.GroupName, entry.Kind, entry.Position, version.Title, version.Project, version.Indicators })
            .ToListAsync(cancellationToken);
        var links = await db.EditionLinks.AsNoTracking().Where(l => l.EditionId == editionId).Select(l => new { l.FromItemId, l.ToItemId })
            .ToListAsync(cancellationToken);
        var projectIds = entries.Where(e => e.Kind == ItemKind.Project).Select(e => e.ItemId).ToList();
        var progress = (await db.ProjectProgresses.AsNoTracking().Where(p => projectIds.Contains(p.ItemId))
                .Select(p => new { p.ItemId, p.Status, p.Percent, p.Token, Spending = p.Spending.Select(s => new SpentLine(s.Source, s.Year, s.Amount)).ToList() })
                .ToListAsync(cancellationToken))
            .ToDictionary(p => p.ItemId);
        var latestNotes = (await (
                    from note in db.ProgressNotes.AsNoTracking()
                    join reported in db.ProjectProgresses on note.ProjectProgressId equals reported.Id
                    where projectIds.Contains(reported.ItemId)
                    select new { reported.ItemId, note.Id, note.On, note.Text, note.Status, note.Percent, By = note.WrittenBy!.DisplayName, note.WrittenAt })
                .ToListAsync(cancellationToken))
            .GroupBy(n => n.ItemId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.On).ThenByDescending(n => n.Id)
                .Select(n => new ProgressNoteView(n.On, n.Text, n.Status, n.Percent, n.By, n.WrittenAt)).First());
        var standings = await IndicatorStandingsAsync(db, entries.Where(e => e.Kind == ItemKind.Goal && !e.Indicators.IsEmpty)
            .ToDictionary(e => e.ItemId, e => e.Indicators), cancellationToken);

        var number = entries.ToDictionary(e => e.ItemId, e => new ItemNumber(e.GroupPosition, e.Kind, e.Position));
        var kindOf = entries.ToDictionary(e => e.ItemId, e => e.Kind);
        var linksTo = links.ToLookup(l => l.FromItemId, l => l.ToItemId);
        int? FirstOf(int itemId, ItemKind kind) =>
            linksTo[itemId].Where(id => kindOf.GetValueOrDefault(id) == kind).OrderBy(id => number[id]).Select(id => (int?)id).FirstOrDefault();

        var projects = entries.Where(e => e.Kind == ItemKind.Project).OrderBy(e => number[e.ItemId]).Select(e =>
        {
            var reported = progress.GetValueOrDefault(e.ItemId);
            return new ProgressProject(e.ItemId, number[e.ItemId], e.Title, e.Project, reported?.Status ?? ProjectStatus.Planned, reported?.Percent ?? 0,
                reported?.Spending ?? [], latestNotes.GetValueOrDefault(e.ItemId), reported?.Token);
        }).ToList();
        var projectsOfTask = projects.ToLookup(p => FirstOf(p.ItemId, ItemKind.Task));
        var tasks = entries.Where(e => e.Kind == ItemKind.Task).OrderBy(e => number[e.ItemId])
            .Select(e => new ProgressTask(e.ItemId, number[e.ItemId], e.Title, Weighted(projectsOfTask[e.ItemId]), projectsOfTask[e.ItemId].ToList()))
            .ToList();
        var tasksOfGoal = tasks.ToLookup(t => FirstOf(t.ItemId, ItemKind.Goal));

        var groups = entries
            .GroupBy(e => (e.WorkingGroupId, e.GroupPosition, e.GroupName))
            .OrderBy(g => g.Key.GroupPosition)
            .Select(g =>
            {
                var ids = g.Select(e => e.ItemId).ToHashSet();
                var goals = g.Where(e => e.Kind == ItemKind.Goal).OrderBy(e => number[e.ItemId]).Select(e =>
                {
                    var goalTasks = tasksOfGoal[e.ItemId].ToList();
                    return new ProgressGoal(e.ItemId, number[e.ItemId], e.Title, Weighted(goalTasks.SelectMany(t => t.Projects)),
                        standings.GetValueOrDefault(e.ItemId) ?? [], goalTasks);
                }).ToList();
                var group = new ProgressGroup(g.Key.WorkingGroupId, g.Key.GroupPosition, g.Key.GroupName, editable.Contains(g.Key.WorkingGroupId), goals,
                    tasks.Where(t => ids.Contains(t.ItemId) && tasksOfGoal[null].Contains(t)).ToList(),
                    projectsOfTask[null].Where(p => ids.Contains(p.ItemId)).ToList(), MoneyTable.Of([]));
                return group with { Money = MoneyTable.Of(group.Projects) };
            })
            .Where(g => g.Goals.Count > 0 || g.TasksWithoutGoal.Count > 0 || g.ProjectsWithoutTask.Count > 0)
            .ToList();
        return new ProgressBoard(await db.Editions.Where(e => e.Id == editionId).Select(e => e.Number).FirstAsync(cancellationToken), groups,
            MoneyTable.Of(projects));
    }

    private static decimal? Weighted(IEnumerable<ProgressProject> projects) =>
        PlanProgress.Weighted(projects.Select(p => (p.Planned, p.Percent, p.Status)));

    /// <summary>How each of the given items' indicators stands: its latest value against its targets, in the indicators' order.</summary>
    private static async Task<Dictionary<int, IReadOnlyList<Standing>>> IndicatorStandingsAsync(WorkspaceDbContext db,
        Dictionary<int, IndicatorSet> indicatorsOf, CancellationToken cancellationToken)
    {
        var itemIds = indicatorsOf.Keys.ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.IndicatorKey, v.Year, v.Half, v.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(v => (v.ItemId, v.IndicatorKey), v => (new MonitoringPeriod(v.Year, v.Half), v.Value));
        return indicatorsOf.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Standing>)pair.Value.Items
            .Select(indicator => IndicatorStanding.Latest(indicator, values[(pair.Key, indicator.Key)]).Standing)
            .ToList());
    }

    private static Task<int?> AdoptedEditionIdAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.AdoptedEditions().Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
}
