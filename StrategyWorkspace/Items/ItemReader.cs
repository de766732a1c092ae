using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Items;

/// <summary>
/// Reading an item: its newest version, its history and its links, or one version's text. Every
/// signed-in person reads items; drafting, review and the dashboard all read them through here.
/// </summary>
public sealed class ItemReader(IDbContextFactory<WorkspaceDbContext> contextFactory)
{
    public async Task<ItemView> GetItemAsync(string? actorId, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var item = await db.Items.AsNoTracking().Include(i => i.WorkingGroup)
            .FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("Items_NotFound");

        var history = await db.ItemVersions.AsNoTracking().Where(v => v.ItemId == itemId)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.Title, v.Author!.DisplayName, v.CreatedAt, v.ChangeNote, v.State, v.BasedOnNumber))
            .ToListAsync(cancellationToken);
        var latest = await VersionAsync(db, itemId, item.LatestVersionNumber, cancellationToken);
        var linksTo = await LinkedItems(db, db.ItemLinks.Where(l => l.FromItemId == itemId).Select(l => l.ToItemId), cancellationToken);
        var linkedFrom = await LinkedItems(db, db.ItemLinks.Where(l => l.ToItemId == itemId).Select(l => l.FromItemId), cancellationToken);

        return new ItemView(
            item.Id, item.WorkingGroupId, item.WorkingGroup!.Name, item.Kind,
            new ItemNumber(item.WorkingGroup.Position, item.Kind, item.Position),
            latest, linksTo, linkedFrom, history,
            await GroupRights.CanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken));
    }

    public async Task<VersionContent> GetVersionAsync(string? actorId, int itemId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await VersionAsync(db, itemId, number, cancellationToken);
    }

    /// <summary>Counts of items per group and state of their newest version, for the dashboard.</summary>
    internal static async Task<Dictionary<int, Dictionary<RevisionState, int>>> CountByGroupAndStateAsync(WorkspaceDbContext db, CancellationToken cancellationToken)
    {
        var states = await db.Items.AsNoTracking()
            .Select(i => new { i.WorkingGroupId, State = i.Versions.Where(v => v.Number == i.LatestVersionNumber).Select(v => v.State).First() })
            .ToListAsync(cancellationToken);
        return states.GroupBy(s => s.WorkingGroupId).ToDictionary(
            g => g.Key,
            g => Enum.GetValues<RevisionState>().ToDictionary(state => state, state => g.Count(s => s.State == state)));
    }

    internal static async Task<VersionContent> VersionAsync(WorkspaceDbContext db, int itemId, int number, CancellationToken cancellationToken)
    {
        var content = await db.ItemVersions.AsNoTracking().Where(v => v.ItemId == itemId && v.Number == number)
            .Select(v => new VersionContent(v.Number, v.Title, v.Body, v.Author!.DisplayName, v.CreatedAt, v.ChangeNote, v.State, v.DecisionReason,
                v.GoalLevel == null ? null : new GoalTraits(v.GoalLevel.Value, v.Priority, v.Condition, v.ConditionExpectedOn, v.ServesGoalId),
                null, v.Indicators, v.Project))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Items_UnknownVersion");
        return content.Goal?.ServesGoalId is { } served
            ? content with { ServesGoal = (await LinkedItems(db, db.Items.Where(i => i.Id == served).Select(i => i.Id), cancellationToken)).FirstOrDefault() }
            : content;
    }

    internal static async Task<IReadOnlyList<LinkedItem>> LinkedItems(WorkspaceDbContext db, IQueryable<int> ids, CancellationToken cancellationToken)
    {
        var rows = await ItemRows(db).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.GroupPosition).ThenBy(r => r.Kind).ThenBy(r => r.Position)
            .Select(r => new LinkedItem(r.Id, r.Kind, new ItemNumber(r.GroupPosition, r.Kind, r.Position), r.Title))
            .ToList();
    }

    /// <summary>The strategic goals, which an operational goal may serve.</summary>
    internal static IQueryable<int> StrategicGoalIds(WorkspaceDbContext db) =>
        ItemRows(db).Where(r => r.Kind == ItemKind.Goal && r.GoalLevel == GoalLevel.Strategic).Select(r => r.Id);

    /// <summary>Every item with its newest version, in one query.</summary>
    internal static IQueryable<ItemRowData> ItemRows(WorkspaceDbContext db) =>
        from item in db.Items.AsNoTracking()
        join version in db.ItemVersions on new { ItemId = item.Id, Number = item.LatestVersionNumber } equals new { version.ItemId, version.Number }
        select new ItemRowData
        {
            Id = item.Id, GroupId = item.WorkingGroupId, GroupPosition = item.WorkingGroup!.Position,
            Kind = item.Kind, Position = item.Position, Title = version.Title, LatestVersion = version.Number,
            State = version.State, LastAuthor = version.Author!.DisplayName, UpdatedAt = version.CreatedAt,
            GoalLevel = version.GoalLevel, Priority = version.Priority, Condition = version.Condition, ConditionExpectedOn = version.ConditionExpectedOn,
            ServesGoalId = version.ServesGoalId,
        };

    // Member initialisation, not a constructor: EF can filter on the members after projecting.
    internal sealed class ItemRowData
    {
        public int Id { get; init; }
        public int GroupId { get; init; }
        public int GroupPosition { get; init; }
        public ItemKind Kind { get; init; }
        public int Position { get; init; }
        public string Title { get; init; } = "";
        public int LatestVersion { get; init; }
        public RevisionState State { get; init; }
        public string LastAuthor { get; init; } = "";
        public DateTimeOffset UpdatedAt { get; init; }
        public GoalLevel? GoalLevel { get; init; }
        public int? Priority { get; init; }
        public string? Condition { get; init; }
        public DateOnly? ConditionExpectedOn { get; init; }
        public int? ServesGoalId { get; init; }

        public ItemRow ToRow(int groupPosition) =>
            new(Id, Kind, Position, new ItemNumber(groupPosition, Kind, Position), Title, LatestVersion, State, LastAuthor, UpdatedAt,
                GoalLevel is { } level ? new GoalTraits(level, Priority, Condition, ConditionExpectedOn, ServesGoalId) : null);
    }
}
