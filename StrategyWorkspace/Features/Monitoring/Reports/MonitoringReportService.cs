using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// Monitoring reports: the chair generates one for a period as a draft, which shows the figures as they are, and publishes it, which
/// freezes them; anyone reads a published report, signed-in people the drafts too.
/// </summary>
internal sealed class MonitoringReportService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock,
    IOutputCacheStore publicPages)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The reports, newest period first: all of them for a signed-in person, the published ones for a visitor.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ListAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var signedIn = actorId is not null && await db.Users.AnyAsync(u => u.Id == actorId, cancellationToken);
        return (await db.MonitoringReports.AsNoTracking().Where(r => signedIn || r.PublishedAt != null)
                .Select(r => new { r.Number, r.Year, r.Half, r.CreatedAt, r.PublishedAt })
                .ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Half)
            .Select(r => new ReportSummary(r.Number, new MonitoringPeriod(r.Year, r.Half), r.CreatedAt, r.PublishedAt))
            .ToList();
    }

    /// <summary>A draft report for <paramref name="period"/>; the chair or the administrator only, one per period, once an edition is adopted.</summary>
    public async Task<int> GenerateAsync(string? actorId, MonitoringPeriod period, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        _ = await MonitoringService.AdoptedEditionAsync(db, cancellationToken) ?? throw new NotFoundException("Monitoring_NoneAdopted");
        MonitoringReport? report = null;
        try
        {
            await writeGate.SaveAsync(db, async () =>
            {
                if (await db.MonitoringReports.AnyAsync(r => r.Year == period.Year && r.Half == period.Half, cancellationToken))
                {
                    throw new InvalidInputException("Year", "Report_PeriodTaken");
                }
                var number = (await db.MonitoringReports.MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
                report = MonitoringReport.Generate(number, period, actor.Id, clock.GetUtcNow(), clock.Today.Year);
                db.MonitoringReports.Add(report);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone generated a report for the same period, or took the next number, at the same moment.
            throw new StaleDataException("Report_GeneratedMeanwhile");
        }
        return report!.Number;
    }

    /// <summary>A report with its figures: frozen when published (anyone reads it), as they are now when a draft (signed-in people only).</summary>
    public async Task<ReportView> GetAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.MonitoringReports.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
            ?? throw new NotFoundException("Report_NotFound");
        if (!report.IsPublished)
        {
            await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        }
        var publishedBy = report.PublishedById is { } id ? await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) : null;
        var content = report.Content is { } frozen
            ? JsonSerializer.Deserialize<ReportContent>(frozen, Json)
            : await ReportBuilder.BuildAsync(db, report.Period, cancellationToken);
        return new ReportView(report.Number, report.Period, report.CreatedAt, report.PublishedAt, publishedBy, content);
    }

    /// <summary>Publishes a draft: its figures as they are now are frozen, and nobody changes them after. The chair or the administrator only.</summary>
    public async Task PublishAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        await writeGate.SaveAsync(db, async () =>
        {
            var report = await db.MonitoringReports.FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
                ?? throw new NotFoundException("Report_NotFound");
            report.EnsureDraft();
            var content = await ReportBuilder.BuildAsync(db, report.Period, cancellationToken) ?? throw new NotFoundException("Monitoring_NoneAdopted");
            report.Publish(JsonSerializer.Serialize(content, Json), actor.Id, clock.GetUtcNow());
            db.Activity.Add(new ActivityEntry(ActivityKind.ReportPublished, actor.Id, clock.GetUtcNow(), null, null, number,
                $"{report.Year}{(report.Half == 0 ? "" : $"/{report.Half}")}"));
        }, cancellationToken);
        // The public results list the report.
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.ResultsTag, cancellationToken);
    }

    /// <summary>Throws a draft away (generated for the wrong period); a published report stays. The chair or the administrator only.</summary>
    public async Task DeleteDraftAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireChairOrAdministratorAsync(db, actorId, cancellationToken);
        await writeGate.SaveAsync(db, async () =>
        {
            var report = await db.MonitoringReports.FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
                ?? throw new NotFoundException("Report_NotFound");
            report.EnsureDraft();
            db.MonitoringReports.Remove(report);
        }, cancellationToken);
    }
}
