using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Items;

internal sealed record GroupLink(int Id, int Position, string Name);

/// <summary>The working groups for the navigation drawer.</summary>
internal sealed class GroupDirectory(IDbContextFactory<WorkspaceDbContext> contextFactory)
{
    public async Task<IReadOnlyList<GroupLink>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkingGroups.AsNoTracking().Where(g => !g.IsArchived).OrderBy(g => g.Position)
            .Select(g => new GroupLink(g.Id, g.Position, g.Name)).ToListAsync(cancellationToken);
    }
}
