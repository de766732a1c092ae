using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// The strategy's results for anyone, without an account: the same figures the committee's monitoring pages show, read with nobody's
/// rights. The pages that show them are cached (<see cref="Hosting.PublicPageCachePolicy.ResultsTag"/>); what changes the figures
/// evicts them by that tag.
/// </summary>
internal sealed class PublicResultsService(IDbContextFactory<WorkspaceDbContext> contextFactory, MonitoringReportService reports)
{
    private static readonly IReadOnlySet<int> Nobody = new HashSet<int>();

    public async Task<PublicResults> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var title = await db.Strategies.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Title).FirstAsync(cancellationToken);
        var values = await MonitoringService.ReadBoardAsync(db, Nobody, cancellationToken);
        var progress = await ProgressService.ReadBoardAsync(db, Nobody, cancellationToken);
        return new PublicResults(title, values, progress, await reports.ListAsync(null, cancellationToken));
    }
}
