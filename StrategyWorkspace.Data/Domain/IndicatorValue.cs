namespace StrategyWorkspace.Domain;

/// <summary>A year, or one half of it (<see cref="Half"/> 1 or 2; 0 for the whole year), for which an indicator's actual value is recorded.</summary>
public sealed record MonitoringPeriod(int Year, int Half = 0) : IComparable<MonitoringPeriod>
{
    public bool IsWholeYear => Half == 0;

    public int CompareTo(MonitoringPeriod? other) => other is null ? 1 : (Year, Half).CompareTo((other.Year, other.Half));
}

/// <summary>
/// What an indicator of the adopted strategy actually reached in a period, and where the figure comes from. A value is changed,
/// never overwritten silently: every change is an <see cref="IndicatorValueChange"/> (who, when, old → new), and a change made
/// from a page on which the value was older than it is now is refused (<see cref="Token"/>).
/// </summary>
public class IndicatorValue
{
    public const int MaxSourceLength = 300;
    public const int MaxNoteLength = 2_000;

    /// <summary>The largest magnitude a value may have: beyond it a value is mistyped, not measured.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    private IndicatorValue()
    {
    }

    public int Id { get; private set; }

    /// <summary>The goal, task or project whose indicator this is.</summary>
    public int ItemId { get; private set; }

    /// <summary>The indicator's <see cref="Indicator.Key"/>, the same in every version of the item.</summary>
    public Guid IndicatorKey { get; private set; }

    public int Year { get; private set; }
    public int Half { get; private set; }
    public decimal Value { get; private set; }
    public string Source { get; private set; } = "";
    public string? Note { get; private set; }
    public string RecordedById { get; private set; } = "";
    public ApplicationUser? RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>New on every change: a change that names an older token was typed over a value that moved meanwhile.</summary>
    public Guid Token { get; private set; }

    public List<IndicatorValueChange> Changes { get; } = [];

    public MonitoringPeriod Period => new(Year, Half);

    /// <summary>The first value of <paramref name="indicator"/> for <paramref name="period"/>, checked, with its first change logged.</summary>
    public static IndicatorValue Record(int itemId, Indicator indicator, int horizon, MonitoringPeriod period, decimal? value, string? source,
        string? note, string byId, DateTimeOffset now)
    {
        var recorded = new IndicatorValue { ItemId = itemId, IndicatorKey = indicator.Key, Year = period.Year, Half = period.Half };
        recorded.Set(indicator, horizon, value, source, note, byId, now);
        return recorded;
    }

    /// <summary>
    /// Changes the value, its source or its note, logging what it was. Refused when <paramref name="expectedToken"/> is not the
    /// value's token (someone changed it since the page showed it); nothing happens when nothing differs.
    /// </summary>
    public bool Change(Indicator indicator, int horizon, Guid? expectedToken, decimal? value, string? source, string? note, string byId,
        DateTimeOffset now)
    {
        if (expectedToken != Token)
        {
            throw new StaleDataException("Monitoring_ValueChangedMeanwhile");
        }
        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (value == Value && source?.Trim() == Source && trimmedNote == Note)
        {
            return false;
        }
        Set(indicator, horizon, value, source, note, byId, now);
        return true;
    }

    private void Set(Indicator indicator, int horizon, decimal? value, string? source, string? note, string byId, DateTimeOffset now)
    {
        var checkedValue = Checked(indicator, horizon, Period, value, source, note);
        // A value not yet saved has no token; its first change has nothing before it.
        var first = Token == Guid.Empty;
        Changes.Add(new IndicatorValueChange
        {
            ItemId = ItemId,
            IndicatorKey = IndicatorKey,
            Year = Year,
            Half = Half,
            OldValue = first ? null : Value,
            NewValue = checkedValue,
            OldSource = first ? null : Source,
            NewSource = source!.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ChangedById = byId,
            ChangedAt = now,
        });
        Value = checkedValue;
        Source = source.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedById = byId;
        RecordedAt = now;
        Token = Guid.NewGuid();
    }

    /// <summary>
    /// The rules of a value, each refused on its field: a value is required and sane, the source named, the period a year after the
    /// indicator's baseline up to the strategy's horizon, and a half only for an indicator measured more often than yearly.
    /// </summary>
    public static decimal Checked(Indicator indicator, int horizon, MonitoringPeriod period, decimal? value, string? source, string? note)
    {
        // The baseline year's value is the baseline itself: actual values start the year after.
        var first = indicator.BaselineYear is { } baseline ? baseline + 1 : Indicator.EarliestYear;
        if (period.Year < first || period.Year > horizon)
        {
            throw new InvalidInputException("Period", "Monitoring_PeriodOutside", first, horizon);
        }
        if (period.Half is < 0 or > 2 || (!period.IsWholeYear && indicator.Periodicity == Periodicity.Annual))
        {
            throw new InvalidInputException("Period", "Monitoring_AnnualHasNoHalves");
        }
        if (value is not { } number)
        {
            throw new InvalidInputException("Value", "Monitoring_ValueRequired");
        }
        if (Math.Abs(number) > MaxMagnitude)
        {
            throw new InvalidInputException("Value", "Monitoring_ValueTooLarge");
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new InvalidInputException("Source", "Monitoring_SourceRequired");
        }
        InvalidInputException.ThrowIfTooLong("Source", source.Trim(), MaxSourceLength);
        InvalidInputException.ThrowIfTooLong("Note", note?.Trim(), MaxNoteLength);
        return number / 1.000000000000000000000000000000000m;
    }
}

/// <summary>One change of an indicator's value: who, when, what it was (nothing for the first) and what it became.</summary>
public class IndicatorValueChange
{
    public int Id { get; set; }
    public int IndicatorValueId { get; set; }
    public int ItemId { get; set; }
    public Guid IndicatorKey { get; set; }
    public int Year { get; set; }
    public int Half { get; set; }
    public decimal? OldValue { get; set; }
    public decimal NewValue { get; set; }
    public string? OldSource { get; set; }
    public string NewSource { get; set; } = "";
    public string? Note { get; set; }
    public string ChangedById { get; set; } = "";
    public ApplicationUser? ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
