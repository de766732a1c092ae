using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Drafting;

/// <summary>
/// Items and their versions: every signed-in person reads them; members of the owning group
/// (and the administrator) create and change them. A save never overwrites a newer version:
/// it becomes a three-way merge for the author to confirm. What is typed before a save is
/// <see cref="WorkingCopyService"/>'s.
/// </summary>
public sealed class DraftingService(
    IDbContextFactory<WorkspaceDbContext> contextFactory,
    DatabaseWriteGate writeGate,
    ItemLiveNotifier notifier,
    CommitteeClock clock)
{
    public async Task<GroupItems> GetGroupItemsAsync(string? actorId, int groupId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Whoever may edit is signed in: the second check is needed only for readers.
        var canEdit = await GroupRights.CanEditAsync(db, actorId, groupId, cancellationToken);
        if (!canEdit)
        {
            await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        }
        var group = await db.WorkingGroups.AsNoTracking().Where(g => g.Id == groupId)
                .Select(g => new { g.Id, g.Position, g.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Admin_Groups_NotFound");

        var rows = await ItemReader.ItemRows(db).Where(r => r.GroupId == groupId).ToListAsync(cancellationToken);
        var byKind = Enum.GetValues<ItemKind>().ToDictionary(
            kind => kind,
            kind => (IReadOnlyList<ItemRow>)rows.Where(r => r.Kind == kind).OrderBy(r => r.Position)
                .Select(r => r.ToRow(group.Position)).ToList());
        return new GroupItems(group.Id, group.Position, group.Name, canEdit, byKind);
    }

    /// <summary>Creates an item with its version 1 and its links; returns its id.</summary>
    public Task<int> CreateItemAsync(string? actorId, int groupId, ItemKind kind, DraftInput input, IReadOnlyCollection<int> linkTo, CancellationToken cancellationToken = default) =>
        CreateItemAsync(actorId, groupId, kind, input, linkTo, (_, _) => Task.CompletedTask, cancellationToken);

    /// <summary>
    /// Creates an item and, in the same write turn and transaction, does what comes with it (<paramref name="alsoInTheTurn"/>, given the
    /// context and the new item's id): a project proposal taken into the plan is marked so only if its project is created, and the other way round.
    /// </summary>
    internal async Task<int> CreateItemAsync(string? actorId, int groupId, ItemKind kind, DraftInput input, IReadOnlyCollection<int> linkTo,
        Func<WorkspaceDbContext, int, Task> alsoInTheTurn, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await GroupRights.RequireCanEditAsync(db, actorId, groupId, cancellationToken);
        InputRules.Enforce(input);
        var group = await db.WorkingGroups.AsNoTracking().FirstAsync(g => g.Id == groupId, cancellationToken);
        if (!group.Holds(kind))
        {
            throw new WorkspaceRuleException("Sections_KindNotInGroup");
        }
        await RequireLinkTargetsAsync(db, kind, linkTo, cancellationToken);
        await RequireServedGoalAsync(db, null, kind == ItemKind.Goal ? input.Goal : null, cancellationToken);

        var indicators = kind.HasIndicators() && input.Indicators is { } typed ? typed.Checked(await HorizonAsync(db, cancellationToken)) : null;
        // A project's plan may wait for its version 2: the dialog that creates it asks for the title and the tasks it serves.
        var project = kind.HasPlan() && input.Project is { IsEmpty: false } plan ? plan.Checked(await HorizonAsync(db, cancellationToken)) : null;
        var item = new Item { WorkingGroupId = groupId, Kind = kind, CreatedAt = clock.GetUtcNow() };
        item.AddVersion(input.Title, input.Body, null, actor.Id, input.ChangeNote, clock.GetUtcNow(), kind == ItemKind.Goal ? input.Goal : null, indicators, project);
        item.Links.AddRange(linkTo.Distinct().Select(target => new ItemLink { ToItemId = target }));
        db.Items.Add(item);
        await writeGate.SaveAsync(db, async () =>
        {
            // In the turn: two items created at once must not both take the next position, nor two drafters both
            // write the committee's one analysis.
            item.Position = 1 + (await db.Items.Where(i => i.WorkingGroupId == groupId && i.Kind == kind).MaxAsync(i => (int?)i.Position, cancellationToken) ?? 0);
            if (kind.IsSection() && item.Position > 1)
            {
                throw new WorkspaceRuleException("Sections_AlreadyWritten");
            }
            await db.SaveChangesAsync(cancellationToken); // the item's id, for its log entry
            db.Activity.Add(new ActivityEntry(ActivityKind.VersionSaved, actor.Id, clock.GetUtcNow(), groupId, item.Id, 1, input.ChangeNote));
            await alsoInTheTurn(db, item.Id);
        }, cancellationToken);
        return item.Id;
    }

    /// <summary>Moves an item up (-1) or down (+1) among its group's items of the same kind.</summary>
    public async Task MoveAsync(string? actorId, int itemId, int offset, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await FindAsync(db, itemId, cancellationToken);
        await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);

        await writeGate.SaveAsync(db, async () =>
        {
            // In the turn: the order is decided on the positions as the last writer left them.
            var siblings = await db.Items.Where(i => i.WorkingGroupId == item.WorkingGroupId && i.Kind == item.Kind)
                .OrderBy(i => i.Position).ToListAsync(cancellationToken);
            var index = siblings.FindIndex(i => i.Id == itemId);
            var target = Math.Clamp(index + offset, 0, siblings.Count - 1);
            var moving = siblings[index];
            siblings.RemoveAt(index);
            siblings.Insert(target, moving);
            // Renumber 1..n so that positions stay gapless whatever happened before.
            for (var i = 0; i < siblings.Count; i++)
            {
                siblings[i].Position = i + 1;
            }
        }, cancellationToken);
    }

    /// <summary>The strategic goals across the strategy, which an operational goal may serve, for the editor's choice.</summary>
    public async Task<IReadOnlyList<LinkedItem>> StrategicGoalsAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await ItemReader.LinkedItems(db, ItemReader.StrategicGoalIds(db), cancellationToken);
    }

    /// <summary>The strategy's horizon year, up to which indicators have targets.</summary>
    public async Task<int> HorizonAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await HorizonAsync(db, cancellationToken);
    }

    /// <summary>Items of the kind this kind links to, across the strategy, for the link picker.</summary>
    public async Task<IReadOnlyList<LinkedItem>> LinkCandidatesAsync(string? actorId, ItemKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        if (kind.LinksTo() is not { } target)
        {
            return [];
        }
        return await ItemReader.LinkedItems(db, db.Items.Where(i => i.Kind == target).Select(i => i.Id), cancellationToken);
    }

    public async Task SetLinksAsync(string? actorId, int itemId, IReadOnlyCollection<int> linkTo, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.Items.Include(i => i.Links).FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("Items_NotFound");
        await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);
        await RequireLinkTargetsAsync(db, item.Kind, linkTo, cancellationToken);
        item.Links.RemoveAll(l => !linkTo.Contains(l.ToItemId));
        item.Links.AddRange(linkTo.Distinct().Where(t => item.Links.All(l => l.ToItemId != t)).Select(t => new ItemLink { ToItemId = t }));
        await writeGate.SaveAsync(db, cancellationToken);
    }

    /// <summary>
    /// Saves what was typed on top of <paramref name="baseVersionNumber"/>. If that is still the
    /// newest version, makes version N+1. If someone saved meanwhile, saves nothing and returns the
    /// three-way merge; the author confirms it and saves again on top of the newer version.
    /// </summary>
    public Task<SaveOutcome> SaveVersionAsync(string? actorId, int itemId, int baseVersionNumber, DraftInput input, CancellationToken cancellationToken = default) =>
        SaveVersionAsync(actorId, itemId, baseVersionNumber, input, null, cancellationToken);

    /// <summary>
    /// Saves a version that is not what the member typed in the editor (the suggested edits they accepted): their working copy is
    /// left alone, and <paramref name="alsoInTheTurn"/> (given the context and the new version's number) does, in the same write turn
    /// and transaction, what comes with the version, or refuses it.
    /// </summary>
    internal async Task<SaveOutcome> SaveVersionAsync(string? actorId, int itemId, int baseVersionNumber, DraftInput input,
        Func<WorkspaceDbContext, int, Task>? alsoInTheTurn, CancellationToken cancellationToken)
    {
        InputRules.Enforce(input);
        var title = input.Title.Trim();
        var body = Item.NormalizeNewLines(input.Body);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            // Everything the save decides on is read in one query before the write turn, so that the
            // turn (one writer at a time) is held only for the writes. A save that raced another is
            // caught by the item's concurrency token and decided again on what is there now.
            // A join, not i.Versions.First(…): that becomes a window over every version of every item.
            var editable = GroupRights.EditableGroupIds(db, actorId);
            var found = await (
                    from i in db.Items
                    where i.Id == itemId
                    join v in db.ItemVersions on new { ItemId = i.Id, Number = i.LatestVersionNumber } equals new { v.ItemId, v.Number }
                    select new
                    {
                        Item = i,
                        Latest = new
                        {
                            v.Number, v.Title, v.Body, AuthorName = v.Author!.DisplayName,
                            Goal = v.GoalLevel == null ? null : new GoalTraits(v.GoalLevel.Value, v.Priority, v.Condition, v.ConditionExpectedOn, v.ServesGoalId),
                            v.Indicators,
                            v.Project,
                        },
                        Horizon = db.Strategies.OrderBy(s => s.Id).Select(s => s.Horizon).FirstOrDefault(),
                        ActorName = db.Users.Where(u => u.Id == actorId).Select(u => u.DisplayName).FirstOrDefault(),
                        CanEdit = editable.Contains(i.WorkingGroupId),
                        HasWorkingCopy = db.WorkingCopies.Any(c => c.ItemId == itemId && c.UserId == actorId),
                    })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Items_NotFound");
            var item = found.Item;
            var actor = await Rights.RequireAsync(db, actorId, found.CanEdit, "Rights_NotYourGroup", cancellationToken);
            if (baseVersionNumber < 1 || baseVersionNumber > item.LatestVersionNumber)
            {
                throw new NotFoundException("Items_UnknownVersion");
            }
            // No traits given keep the newest version's; given, they are checked as the version will keep them.
            var goal = item.Kind == ItemKind.Goal ? (input.Goal ?? found.Latest.Goal ?? GoalTraits.Default).Checked() : null;
            if (goal?.ServesGoalId != found.Latest.Goal?.ServesGoalId)
            {
                await RequireServedGoalAsync(db, itemId, goal, cancellationToken);
            }
            // The same for indicators: none given keep the newest version's; given, they are checked against the horizon.
            var indicators = item.Kind.HasIndicators() ? (input.Indicators ?? found.Latest.Indicators).Checked(found.Horizon) : IndicatorSet.Empty;
            // And for a project's plan: an empty one (the version 1 the dialog made) is filled in only when typed.
            var project = item.Kind.HasPlan() ? input.Project ?? found.Latest.Project : ProjectPlan.Empty;
            project = project.IsEmpty ? project : project.Checked(found.Horizon);
            if (found.Latest.Title == title && found.Latest.Body == body && found.Latest.Goal == goal && found.Latest.Indicators == indicators
                && found.Latest.Project == project)
            {
                return new SaveOutcome.Unchanged(found.Latest.Number);
            }
            if (baseVersionNumber != found.Latest.Number)
            {
                var baseVersion = await db.ItemVersions.AsNoTracking()
                    .FirstAsync(v => v.ItemId == itemId && v.Number == baseVersionNumber, cancellationToken);
                return new SaveOutcome.NeedsMerge(new ItemMerge(
                    baseVersionNumber, found.Latest.Number, found.Latest.AuthorName ?? "",
                    TextMerge.MergeLine(baseVersion.Title, found.Latest.Title, title),
                    TextMerge.Merge(baseVersion.Body, found.Latest.Body, body),
                    goal == baseVersion.Goal ? found.Latest.Goal : goal,
                    indicators == baseVersion.Indicators ? found.Latest.Indicators : indicators,
                    project == baseVersion.Project ? found.Latest.Project : project));
            }

            var version = item.AddVersion(title, body, baseVersionNumber, actor.Id, input.ChangeNote, clock.GetUtcNow(), goal, indicators, project);
            db.Activity.Add(new ActivityEntry(ActivityKind.VersionSaved, actor.Id, clock.GetUtcNow(), item.WorkingGroupId, itemId, version.Number, input.ChangeNote));
            if (found.HasWorkingCopy && alsoInTheTurn is null)
            {
                // The working copy goes with the save, in the same statement batch.
                db.WorkingCopies.Remove(new WorkingCopy { ItemId = itemId, UserId = actor.Id });
            }
            try
            {
                await writeGate.SaveAsync(db, () => alsoInTheTurn?.Invoke(db, version.Number) ?? Task.CompletedTask, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another save took this number first (its unique index or the item's token): decide again.
                continue;
            }
            await notifier.VersionSavedAsync(itemId, version.Number, actor.Id, found.ActorName ?? "");
            return new SaveOutcome.Saved(version.Number);
        }
    }

    /// <summary>Makes an old version's text the newest version again; history keeps everything in between.</summary>
    public async Task<int> RestoreVersionAsync(string? actorId, int itemId, int number, string changeNote, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var old = await db.ItemVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ItemId == itemId && v.Number == number, cancellationToken)
            ?? throw new NotFoundException("Items_UnknownVersion");
        var latestNumber = await db.Items.Where(i => i.Id == itemId).Select(i => i.LatestVersionNumber).FirstAsync(cancellationToken);
        var outcome = await SaveVersionAsync(actorId, itemId, latestNumber,
            new DraftInput { Title = old.Title, Body = old.Body, ChangeNote = changeNote, Goal = old.Goal, Indicators = old.Indicators, Project = old.Project }, cancellationToken);
        return outcome switch
        {
            SaveOutcome.Saved saved => saved.Number,
            SaveOutcome.Unchanged unchanged => unchanged.Number,
            // Someone saved in the same instant: restoring on top of theirs is what was asked.
            _ => await RestoreVersionAsync(actorId, itemId, number, changeNote, cancellationToken),
        };
    }

    private static Task<int> HorizonAsync(WorkspaceDbContext db, CancellationToken cancellationToken) => db.HorizonAsync(cancellationToken);

    private static async Task<Item> FindAsync(WorkspaceDbContext db, int itemId, CancellationToken cancellationToken) =>
        await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
        ?? throw new NotFoundException("Items_NotFound");

    /// <summary>An operational goal serves a strategic goal that exists (not itself).</summary>
    private static async Task RequireServedGoalAsync(WorkspaceDbContext db, int? itemId, GoalTraits? goal, CancellationToken cancellationToken)
    {
        if (goal?.ServesGoalId is { } served && (served == itemId || !await ItemReader.StrategicGoalIds(db).ContainsAsync(served, cancellationToken)))
        {
            throw new InvalidInputException(nameof(GoalTraits.ServesGoalId), "Goal_ServesNotStrategic");
        }
    }

    private static async Task RequireLinkTargetsAsync(WorkspaceDbContext db, ItemKind kind, IReadOnlyCollection<int> linkTo, CancellationToken cancellationToken)
    {
        if (linkTo.Count == 0)
        {
            // A project serves a task, or it has no place in the plan: it is created with one and keeps one.
            if (kind.NeedsLink())
            {
                throw new InvalidInputException("Links", "Project_ServesNoTask");
            }
            return;
        }
        var target = kind.LinksTo() ?? throw new InvalidInputException("Links", "Drafting_NoLinksForKind");
        var found = await db.Items.CountAsync(i => linkTo.Contains(i.Id) && i.Kind == target, cancellationToken);
        if (found != linkTo.Distinct().Count())
        {
            throw new InvalidInputException("Links", "Drafting_BadLink");
        }
    }
}
