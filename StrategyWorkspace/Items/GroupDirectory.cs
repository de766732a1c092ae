using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Items;

internal sealed record GroupLink(int Id, int Position, string Name);

/// <summary>The working groups for the navigation drawer and the filters (the committee's sections have a page of their own).</summary>
internal sealed class GroupDirectory(IDbContextFactory<WorkspaceDbContext> contextFactory)
{
    public async Task<IReadOnlyList<GroupLink>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkingGroups.AsNoTracking().Where(g => !g.IsArchived && !g.IsCommittee).OrderBy(g => g.Position)
            .Select(g => new GroupLink(g.Id, g.Position, g.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The committee's own "group", which holds its sections; the workspace makes it at start.</summary>
    public async Task<int> CommitteeIdAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkingGroups.Where(g => g.IsCommittee).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(cancellationToken);
    }
}
