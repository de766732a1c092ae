using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Items;

/// <summary>The strategy's title for the app bar. Public: it heads the published document too.</summary>
internal sealed class StrategyHeading(IDbContextFactory<WorkspaceDbContext> contextFactory)
{
    public async Task<string> GetTitleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Strategies.OrderBy(s => s.Id).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken) ?? "";
    }
}
