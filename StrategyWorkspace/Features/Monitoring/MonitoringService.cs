using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// Monitoring the adopted strategy: the actual values of its indicators by period, recorded by the administrator and the owning
/// group's members, each change logged. The indicators are those of the versions the newest adopted edition holds.
/// </summary>
internal sealed partial class MonitoringService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock,
    IOutputCacheStore publicPages)
{
    public async Task<MonitoringBoard> GetBoardAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var editable = (await GroupRights.EditableGroupIds(db, actorId).ToListAsync(cancellationToken)).ToHashSet();
        return await ReadBoardAsync(db, editable, cancellationToken);
    }

    /// <summary>The adopted edition's indicators and their values; <paramref name="editable"/>: the groups whose values the reader may record.</summary>
    internal static async Task<MonitoringBoard> ReadBoardAsync(WorkspaceDbContext db, IReadOnlySet<int> editable, CancellationToken cancellationToken)
    {
        var edition = await AdoptedEditionAsync(db, cancellationToken);
        if (edition is null)
        {
            return MonitoringBoard.NoneAdopted(await db.HorizonAsync(cancellationToken));
        }
        var measured = await MeasuredAsync(db, edition.Id, null, cancellationToken);
        var itemIds = measured.Select(m => m.ItemId).ToList();
        var values = (await db.IndicatorValues.AsNoTracking().Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.IndicatorKey, v.Year, v.Half, v.Value, v.Source, v.Note, By = v.RecordedBy!.DisplayName, v.RecordedAt, v.Token })
                .ToListAsync(cancellationToken))
            .ToLookup(v => (v.ItemId, v.IndicatorKey),
                v => new RecordedValue(new MonitoringPeriod(v.Year, v.Half), v.Value, v.Source, v.Note, v.By, v.RecordedAt, v.Token));

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
        // The public results show the value.
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.ResultsTag, cancellationToken);
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

    /// <summary>
    /// What a file of values (CSV or XLSX: code, period, value, and optionally source and note) would record, row by row, before
    /// anything is written: each row new, changed, unchanged, or refused with its reason (an unknown code, a period or value that is
    /// not one, a rule of the value, a second row for the same indicator and period, another group's indicator). A file that cannot
    /// be read is refused as a whole.
    /// </summary>
    public async Task<ImportPreview> PreviewImportAsync(string? actorId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var editable = (await GroupRights.EditableGroupIds(db, actorId).ToListAsync(cancellationToken)).ToHashSet();
        if (editable.Count == 0)
        {
            throw await Rights.RefusalAsync(db, actorId, "Rights_NotYourGroup", cancellationToken);
        }
        var edition = await AdoptedEditionAsync(db, cancellationToken) ?? throw new NotFoundException("Monitoring_NoneAdopted");
        var rows = ValueFile.Read(fileName, content);
        var measured = await MeasuredAsync(db, edition.Id, null, cancellationToken);
        var byCode = measured
            .SelectMany(m => m.Indicators.Items.Select((indicator, index) => (Code: $"{m.Number}-{index + 1}", Item: m, Indicator: indicator)))
            .ToDictionary(x => x.Code, StringComparer.OrdinalIgnoreCase);
        var itemIds = measured.Select(m => m.ItemId).ToList();
        var recorded = (await db.IndicatorValues.AsNoTracking().Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.IndicatorKey, v.Year, v.Half, v.Value, v.Source, v.Note, v.Token })
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.ItemId, v.IndicatorKey, v.Year, v.Half));

        var firstLineOf = new Dictionary<(string Code, MonitoringPeriod Period), int>();
        var preview = new List<ImportRow>(rows.Count);
        foreach (var row in rows)
        {
            ImportRow Refused(string reason, params object[] arguments) =>
                new(row.Line, row.Code, row.Period, ImportOutcome.Refused, null, null, reason, arguments);
            if (!byCode.TryGetValue(row.Code, out var target))
            {
                preview.Add(Refused("Monitoring_Row_UnknownCode"));
                continue;
            }
            if (!editable.Contains(target.Item.GroupId))
            {
                preview.Add(Refused("Rights_NotYourGroup"));
                continue;
            }
            if (PeriodOf(row.Period) is not { } period)
            {
                preview.Add(Refused("Monitoring_Row_BadPeriod"));
                continue;
            }
            if (ValueFile.ParseNumber(row.Value) is not { } typed)
            {
                preview.Add(Refused("Monitoring_Row_NotANumber"));
                continue;
            }
            var old = recorded.GetValueOrDefault((target.Item.ItemId, target.Indicator.Key, period.Year, period.Half));
            var source = row.Source ?? old?.Source ?? target.Indicator.Source;
            decimal value;
            try
            {
                value = IndicatorValue.Checked(target.Indicator, edition.Horizon, period, typed, source, row.Note);
            }
            catch (InvalidInputException e)
            {
                preview.Add(Refused(e.MessageKey, e.Arguments));
                continue;
            }
            if (firstLineOf.TryGetValue((target.Code, period), out var firstLine))
            {
                preview.Add(Refused("Monitoring_Row_Duplicate", firstLine));
                continue;
            }
            firstLineOf[(target.Code, period)] = row.Line;
            var note = row.Note ?? old?.Note;
            var outcome = old is null ? ImportOutcome.New
                : old.Value == value && old.Source == source.Trim() && old.Note == note ? ImportOutcome.Unchanged
                : ImportOutcome.Changed;
            preview.Add(new ImportRow(row.Line, target.Code, row.Period, outcome, old?.Value, value)
            {
                ItemId = target.Item.ItemId,
                IndicatorKey = target.Indicator.Key,
                ParsedPeriod = period,
                Source = source,
                Note = note,
                ExpectedToken = old?.Token,
            });
        }
        return new ImportPreview(fileName, preview);
    }

    /// <summary>
    /// Writes a preview's new and changed values in one transaction, each change logged. Nothing is written when any of them moved since
    /// the preview, or the reader may no longer record a group's values.
    /// </summary>
    public async Task<int> ApplyImportAsync(string? actorId, ImportPreview preview, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var edition = await AdoptedEditionAsync(db, cancellationToken) ?? throw new NotFoundException("Monitoring_NoneAdopted");
        var rows = preview.ToWrite.ToList();
        var measured = (await MeasuredAsync(db, edition.Id, null, cancellationToken)).ToDictionary(m => m.ItemId);
        if (rows.Any(r => !measured.ContainsKey(r.ItemId)))
        {
            throw new StaleDataException("Monitoring_Import_Stale");
        }
        var editable = (await GroupRights.EditableGroupIds(db, actorId).ToListAsync(cancellationToken)).ToHashSet();
        if (rows.Any(r => !editable.Contains(measured[r.ItemId].GroupId)))
        {
            throw await Rights.RefusalAsync(db, actorId, "Rights_NotYourGroup", cancellationToken);
        }
        try
        {
            await writeGate.SaveAsync(db, async () =>
            {
                var itemIds = rows.Select(r => r.ItemId).Distinct().ToList();
                var current = await db.IndicatorValues.Where(v => itemIds.Contains(v.ItemId))
                    .ToDictionaryAsync(v => (v.ItemId, v.IndicatorKey, v.Year, v.Half), cancellationToken);
                var now = clock.GetUtcNow();
                var added = new List<IndicatorValue>();
                foreach (var row in rows)
                {
                    var indicator = measured[row.ItemId].Indicators.Items.FirstOrDefault(i => i.Key == row.IndicatorKey)
                        ?? throw new StaleDataException("Monitoring_Import_Stale");
                    var period = row.ParsedPeriod!;
                    if (current.TryGetValue((row.ItemId, row.IndicatorKey, period.Year, period.Half), out var value))
                    {
                        value.Change(indicator, edition.Horizon, row.ExpectedToken, row.NewValue, row.Source, row.Note, actorId!, now);
                    }
                    else if (row.ExpectedToken is not null)
                    {
                        throw new StaleDataException("Monitoring_Import_Stale");
                    }
                    else
                    {
                        added.Add(IndicatorValue.Record(row.ItemId, indicator, edition.Horizon, period, row.NewValue, row.Source, row.Note, actorId!, now));
                    }
                }
                // New values in bulk (a file may hold tens of thousands), each with its first change; changed ones are tracked as ever.
                var ids = await BulkInsert.InsertAsync(db, added, nameof(IndicatorValue.Token), cancellationToken);
                var firstChanges = added.Select(value => value.Changes[0]).ToList();
                foreach (var (value, change) in added.Zip(firstChanges))
                {
                    change.IndicatorValueId = ids[value.Token];
                }
                await BulkInsert.InsertAsync(db, firstChanges, null, cancellationToken);
            }, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException || e is StaleDataException { MessageKey: "Monitoring_ValueChangedMeanwhile" })
        {
            throw new StaleDataException("Monitoring_Import_Stale");
        }
        await publicPages.EvictByTagAsync(PublicPageCachePolicy.ResultsTag, cancellationToken);
        return rows.Count;
    }

    /// <summary>A period as a file writes it: 2017, or a half-year as 2017-1, 2017/2, 2017 H1 or 2017-П2.</summary>
    internal static MonitoringPeriod? PeriodOf(string text)
    {
        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new MonitoringPeriod(year, match.Groups["half"].Success ? match.Groups["half"].Value[0] - '0' : 0);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<year>\d{4})(?:\s*[-/ ]\s*[HhПп]?\s*(?<half>[12]))?$")]
    private static partial System.Text.RegularExpressions.Regex PeriodPattern();

    internal static Task<Edition?> AdoptedEditionAsync(WorkspaceDbContext db, CancellationToken cancellationToken) =>
        db.AdoptedEditions().FirstOrDefaultAsync(cancellationToken);

    internal sealed record Measured(int ItemId, int GroupId, int GroupPosition, string GroupName, ItemNumber Number, string Title, IndicatorSet Indicators);

    /// <summary>The edition's goals, tasks and projects that have indicators, as the edition holds them (or one of them).</summary>
    internal static async Task<List<Measured>> MeasuredAsync(WorkspaceDbContext db, int editionId, int? onlyItemId, CancellationToken cancellationToken)
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
