namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// The adopted strategy's indicators with their actual values, by group: what the monitoring page shows. No edition adopted yet:
/// <see cref="EditionNumber"/> is null and there are no groups.
/// </summary>
public sealed record MonitoringBoard(int? EditionNumber, DateOnly? AdoptedOn, string? Decision, int Horizon, IReadOnlyList<MonitoredGroup> Groups)
{
    public static MonitoringBoard NoneAdopted(int horizon) => new(null, null, null, horizon, []);
}

/// <summary>A group's goals, tasks and projects that have indicators; <see cref="CanRecord"/> when the reader may record their values.</summary>
public sealed record MonitoredGroup(int GroupId, int Position, string Name, bool CanRecord, IReadOnlyList<MonitoredItem> Items);

public sealed record MonitoredItem(int ItemId, ItemNumber Number, string Title, IReadOnlyList<MonitoredIndicator> Indicators);

/// <summary>
/// An indicator with its actual values in period order. <see cref="Code"/> names it in a file of values: the item's number and the
/// indicator's place among the item's indicators (1.3.2-1).
/// </summary>
public sealed record MonitoredIndicator(Indicator Indicator, string Code, IReadOnlyList<RecordedValue> Values)
{
    public RecordedValue? ValueOf(MonitoringPeriod period) => Values.FirstOrDefault(v => v.Period == period);

    public decimal? TargetOf(int year) => Indicator.Targets.FirstOrDefault(t => t.Year == year)?.Value;

    /// <summary>How the latest value stands against the targets' path.</summary>
    public IndicatorStanding Standing => IndicatorStanding.Latest(Indicator, Values.Select(v => (v.Period, v.Value)));

    /// <summary>
    /// The periods a value may be recorded for, in order: each year from the baseline's to the horizon, or each half of them for an
    /// indicator measured more often than yearly.
    /// </summary>
    public IReadOnlyList<MonitoringPeriod> Periods(int horizon)
    {
        var first = Indicator.BaselineYear is { } baseline ? baseline + 1 : Indicator.Targets.Min(t => t.Year) ?? horizon;
        var years = Enumerable.Range(first, Math.Max(0, horizon - first + 1));
        return Indicator.Periodicity == Periodicity.Annual
            ? years.Select(y => new MonitoringPeriod(y)).ToList()
            : years.SelectMany(y => new[] { new MonitoringPeriod(y, 1), new MonitoringPeriod(y, 2) }).ToList();
    }
}

/// <summary>A recorded value; <see cref="Token"/> goes back with a change so one made over a newer value is refused.</summary>
public sealed record RecordedValue(MonitoringPeriod Period, decimal Value, string Source, string? Note, string RecordedBy, DateTimeOffset RecordedAt, Guid Token);

/// <summary>What a person records: the value of an indicator for a period, with its source and a note.</summary>
public sealed record ValueInput(int ItemId, Guid IndicatorKey, MonitoringPeriod Period, decimal? Value, string? Source, string? Note, Guid? ExpectedToken);

/// <summary>One change in an indicator's log: who, when, old → new.</summary>
public sealed record ValueChangeView(MonitoringPeriod Period, decimal? OldValue, decimal NewValue, string? OldSource, string NewSource, string? Note,
    string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>What a row of a file of values would do: a new value, a change, nothing (the same value), or nothing because it is refused.</summary>
public enum ImportOutcome
{
    New,
    Changed,
    Unchanged,
    Refused,
}

/// <summary>
/// A row of a file as the preview shows it. A refused row says why (<see cref="Reason"/>, a message key, and its arguments); a row to
/// write carries what the page saw (<see cref="ExpectedToken"/>), so that writing refuses a value changed since the preview.
/// </summary>
public sealed record ImportRow(int Line, string Code, string Period, ImportOutcome Outcome, decimal? OldValue, decimal? NewValue,
    string? Reason = null, object[]? ReasonArguments = null)
{
    internal int ItemId { get; init; }
    internal Guid IndicatorKey { get; init; }
    internal MonitoringPeriod? ParsedPeriod { get; init; }
    internal string? Source { get; init; }
    internal string? Note { get; init; }
    internal Guid? ExpectedToken { get; init; }
}

/// <summary>What a file of values would change, before anything is written.</summary>
public sealed record ImportPreview(string FileName, IReadOnlyList<ImportRow> Rows)
{
    public int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    public IEnumerable<ImportRow> ToWrite => Rows.Where(r => r.Outcome is ImportOutcome.New or ImportOutcome.Changed);
}
