using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Dashboard;

public sealed record DashboardGroup(
    int Id,
    int Position,
    string Name,
    string Description,
    IReadOnlyList<string> Members,
    IReadOnlyDictionary<RevisionState, int> ItemCounts,
    bool IsMine);

public sealed record DashboardView(string StrategyTitle, int Horizon, string Vision, IReadOnlyList<DashboardGroup> Groups, WorkQueue Queue)
{
    public IEnumerable<DashboardGroup> MyGroups => Groups.Where(g => g.IsMine);
}

/// <summary>The home page: what waits for the reader, the strategy at a glance, a card per working group, and the reader's own groups.</summary>
internal sealed class DashboardService(IDbContextFactory<WorkspaceDbContext> contextFactory, ConsolidationService consolidation)
{
    public async Task<DashboardView> GetAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var queue = await WorkQueueReader.ReadAsync(db, actor, await Rights.RolesOfAsync(db, actor.Id, cancellationToken),
            () => consolidation.MergeCandidateCountAsync(actor.Id, cancellationToken), cancellationToken);

        var strategy = await db.Strategies.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Title, s.Horizon, s.Vision })
            .FirstAsync(cancellationToken);
        // The vision section's approved text, else its newest draft; before there was a section, the settings' text.
        var vision = await (
                from item in db.Items.AsNoTracking()
                where item.Kind == ItemKind.Vision
                join version in db.ItemVersions.AsNoTracking() on item.Id equals version.ItemId
                where version.Number == (item.ApprovedVersionNumber ?? item.LatestVersionNumber)
                select version.Body)
            .FirstOrDefaultAsync(cancellationToken) ?? strategy.Vision;
        var groups = await db.WorkingGroups.AsNoTracking()
            .Where(g => !g.IsArchived && !g.IsCommittee)
            .OrderBy(g => g.Position)
            .Select(g => new
            {
                g.Id, g.Position, g.Name, g.Description,
                Members = g.Members.Select(m => m.User!.DisplayName).ToList(),
                IsMine = g.Members.Any(m => m.UserId == actorId),
            })
            .ToListAsync(cancellationToken);

        var counts = await ItemReader.CountByGroupAndStateAsync(db, cancellationToken);
        var noItems = Enum.GetValues<RevisionState>().ToDictionary(state => state, _ => 0);
        return new DashboardView(
            strategy.Title, strategy.Horizon, vision,
            groups.Select(g => new DashboardGroup(
                g.Id, g.Position, g.Name, g.Description, g.Members.SortedBy(name => name), counts.GetValueOrDefault(g.Id, noItems), g.IsMine)).ToList(),
            queue);
    }
}
