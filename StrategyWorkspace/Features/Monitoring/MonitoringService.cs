using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// Monitoring the adopted strategy: the actual values of its indicators by period, recorded by the administrator and the owning
/// group's members, each change logged. The indicators are those of the versions the newest adopted edition holds.
/// </summary>
internal sealed class MonitoringService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock)
{
    public async Task<MonitoringBoard> GetBoardAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var edition = await AdoptedEditionAsync(db, cancellationToken);
        if (edition is null)
        {
            return MonitoringBoard.NoneAdopted(await db.Strategies.OrderBy(s => s.Id).Select(s => s.Horizon).FirstAsync(cancellationToken));
        }
        var measured = await MeasuredAsync(db, edition.Id, null, cancellationToken);
        var itemIds = measured.Select(m => m.ItemId).ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.IndicatorKey, v.Year, v.Half, v.Value, v.Source, v.Note, By = v.RecordedBy!.DisplayName, v.RecordedAt, v.Token })
                .ToListAsync(cancellationToken))
            .ToLookup(v => (v.ItemId, v.IndicatorKey),
                v => new RecordedValue(new MonitoringPeriod(v.Year, v.Half), v.Value, v.Source, v.Note, v.By, v.RecordedAt, v.Token));
        var editable = (await GroupRights.EditableGroupIds(db, actorId).ToListAsync(cancellationToken)).ToHashSet();

        var groups = measured
            .GroupBy(m => (m.GroupId, m.GroupPosition, m.GroupName))
            .OrderBy(g => g.Key.GroupPosition)
            .Select(g => new MonitoredGroup(g.Key.GroupId, g.Key.GroupPosition, g.Key.GroupName, editable.Contains(g.Key.GroupId),
                g.OrderBy(m => m.Number).Select(m => new MonitoredItem(m.ItemId, m.Number, m.Title,
                    m.Indicators.Items.Select((indicator, index) => new MonitoredIndicator(indicator, $"{m.Number}-{index + 1}",
                        values[(m.ItemId, indicator.Key)].OrderBy(v => v.Period).ToList())).ToList())).ToList()))
            .ToList();
        return new MonitoringBoard(edition.Number, edition.AdoptedOn, edition.AdoptionDecision, edition.Horizon, groups);
    }

    /// <summary>
    /// Records a value, or changes the one recorded for the period (logged, old → new). The administrator and the item's group's members
    /// only; refused on its field when the value breaks a rule, and as stale when the value changed since <see cref="ValueInput.ExpectedToken"/>.
    /// </summary>
    public async Task RecordAsync(string? actorId, ValueInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var edition = await AdoptedEditionAsync(db, cancellationToken) ?? throw new NotFoundException("Monitoring_NoneAdopted");
        var item = (await MeasuredAsync(db, edition.Id, input.ItemId, cancellationToken)).SingleOrDefault();
        var indicator = item?.Indicators.Items.FirstOrDefault(i => i.Key == input.IndicatorKey)
            ?? throw new NotFoundException("Monitoring_IndicatorNotMonitored");
        var actor = await GroupRights.RequireCanEditAsync(db, actorId, item!.GroupId, cancellationToken);
        try
        {
            await writeGate.SaveAsync(db, async () =>
            {
                var recorded = await db.IndicatorValues.FirstOrDefaultAsync(v => v.ItemId == input.ItemId && v.IndicatorKey == input.IndicatorKey
                    && v.Year == input.Period.Year && v.Half == input.Period.Half, cancellationToken);
                if (recorded is null)
                {
                    if (input.ExpectedToken is not null)
                    {
                        throw new StaleDataException("Monitoring_ValueChangedMeanwhile");
                    }
                    db.IndicatorValues.Add(IndicatorValue.Record(input.ItemId, indicator, edition.Horizon, input.Period, input.Value, input.Source,
                        input.Note, actor.Id, clock.GetUtcNow()));
                }
                else
                {
                    recorded.Change(indicator, edition.Horizon, input.ExpectedToken, input.Value, input.Source, input.Note, actor.Id, clock.GetUtcNow());
                }
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The period's first value recorded by someone else at the same moment, or a change over it.
            throw new StaleDataException("Monitoring_ValueChangedMeanwhile");
        }
    }

    /// <summary>Every change of an indicator's values, newest first.</summary>
    public async Task<IReadOnlyList<ValueChangeView>> GetHistoryAsync(string? actorId, int itemId, Guid indicatorKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return (await db.IndicatorValueChanges.AsNoTracking().Where(c => c.ItemId == itemId && c.IndicatorKey == indicatorKey)
                .Select(c => new { c.Year, c.Half, c.OldValue, c.NewValue, c.OldSource, c.NewSource, c.Note, By = c.ChangedBy!.DisplayName, c.ChangedAt, c.Id })
                .ToListAsync(cancellationToken))
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new ValueChangeView(new MonitoringPeriod(c.Year, c.Half), c.OldValue, c.NewValue, c.OldSource, c.NewSource, c.Note, c.By, c.ChangedAt))
            .ToList();
    }

    private static Task<Edition?> AdoptedEditionAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.Editions.AsNoTracking().Where(e => e.AdoptedOn != null).OrderByDescending(e => e.Number).FirstOrDefaultAsync(cancellationToken);

    private sealed record Measured(int ItemId, int GroupId, int GroupPosition, string GroupName, ItemNumber Number, string Title, IndicatorSet Indicators);

    /// <summary>The edition's goals, tasks and projects that have indicators, as the edition holds them (or one of them).</summary>
    private static async Task<List<Measured>> MeasuredAsync(WorkspaceDbContext db, int editionId, int? onlyItemId, CancellationToken cancellationToken)
    {
        var rows = await (
                from entry in db.EditionEntries.AsNoTracking()
                where entry.EditionId == editionId && (onlyItemId == null || entry.ItemId == onlyItemId)
                    && (entry.Kind == ItemKind.Goal || entry.Kind == ItemKind.Task || entry.Kind == ItemKind.Project)
                join version in db.ItemVersions.AsNoTracking()
                    on new { entry.ItemId, Number = entry.VersionNumber } equals new { version.ItemId, version.Number }
                select new { entry.ItemId, entry.WorkingGroupId, entry.GroupPosition, entry.GroupName, entry.Kind, entry.Position, version.Title, version.Indicators })
            .ToListAsync(cancellationToken);
        return rows.Where(r => !r.Indicators.IsEmpty)
            .Select(r => new Measured(r.ItemId, r.WorkingGroupId, r.GroupPosition, r.GroupName, new ItemNumber(r.GroupPosition, r.Kind, r.Position), r.Title, r.Indicators))
            .ToList();
    }
}
