using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Infrastructure;

/// <summary>What several features ask of the strategy itself: its last year, and the edition the council adopted.</summary>
internal static class StrategyQueries
{
    /// <summary>The strategy's last year (its horizon): no plan, target or call goes past it.</summary>
    public static Task<int> HorizonAsync(this WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.Strategies.OrderBy(s => s.Id).Select(s => s.Horizon).FirstAsync(cancellationToken);

    /// <summary>The editions the council adopted, the latest first: monitoring, the public results and the calls follow the first.</summary>
    public static IQueryable<Edition> AdoptedEditions(this WorkspaceDbContext db) =>
        db.Editions.AsNoTracking().Where(e => e.AdoptedOn != null).OrderByDescending(e => e.Number);
}
