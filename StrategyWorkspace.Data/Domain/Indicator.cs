using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyWorkspace.Domain;

/// <summary>How often an indicator's value is measured.</summary>
public enum Periodicity
{
    Annual = 1,
    HalfYearly = 2,
    Quarterly = 3,
}

/// <summary>The value an indicator is to reach in a year (a row being typed may lack either; a saved version has both).</summary>
public sealed record IndicatorTarget(int? Year, decimal? Value);

/// <summary>
/// How a goal or task is measured, as the methodology asks: its name, unit, data source (e.g. the State Statistics
/// Service), periodicity, baseline value and year, and the target values by year up to the strategy's horizon.
/// <see cref="Key"/> stays the same across the item's versions, so the indicator's later values (monitoring) follow it.
/// </summary>
public sealed record Indicator(
    Guid Key, string Name, string Unit, string Source, Periodicity Periodicity, decimal? BaselineValue, int? BaselineYear,
    IReadOnlyList<IndicatorTarget> Targets)
{
    public const int MaxNameLength = 300;
    public const int MaxUnitLength = 50;
    public const int MaxSourceLength = 300;

    /// <summary>The earliest year a baseline or target may name: the statistics the committees start from.</summary>
    public const int EarliestYear = 1991;
}

/// <summary>
/// A version's indicators, in their order, kept in one column as JSON and compared by what they say (two sets with the same
/// indicators are equal); amounts are decimal, never floating point.
/// </summary>
[JsonConverter(typeof(IndicatorSetJsonConverter))]
public sealed class IndicatorSet : JsonColumnValue<IndicatorSet>
{
    public const int MaxIndicators = 30;
    public const int MaxTargets = 30;

    public static readonly IndicatorSet Empty = new([]);

    public IndicatorSet(IEnumerable<Indicator> indicators)
    {
        Items = indicators.Select(i => i with
        {
            BaselineValue = i.BaselineValue is { } baseline ? Normalized(baseline) : null,
            Targets = i.Targets.Select(t => t with { Value = t.Value is { } value ? Normalized(value) : null }).ToList(),
        }).ToList();
    }

    public IReadOnlyList<Indicator> Items { get; }

    public int Count => Items.Count;

    public override bool IsEmpty => Items.Count == 0;

    protected override string Written() => JsonSerializer.Serialize(Items, Json);

    public static IndicatorSet FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : new IndicatorSet(JsonSerializer.Deserialize<List<Indicator>>(json, Json) ?? []);

    /// <summary>
    /// The set as a version keeps it: texts trimmed; refused, on the indicator's field, where a name or unit is missing, a text is too
    /// long, a value or year is missing or outside the strategy's years (up to <paramref name="horizon"/>), or a year has two targets.
    /// The field is "Indicators[i].Name" and so on, so the editor shows the message beside what is wrong.
    /// </summary>
    public IndicatorSet Checked(int horizon)
    {
        if (Items.Count > MaxIndicators)
        {
            throw new InvalidInputException("Indicators", "Indicator_TooMany", MaxIndicators);
        }
        var checkedItems = new List<Indicator>();
        for (var index = 0; index < Items.Count; index++)
        {
            var indicator = Items[index];
            string Field(string name) => $"Indicators[{index}].{name}";
            var name = indicator.Name.Trim();
            var unit = indicator.Unit.Trim();
            var source = indicator.Source.Trim();
            if (name.Length == 0)
            {
                throw new InvalidInputException(Field(nameof(Indicator.Name)), "Indicator_NameRequired");
            }
            if (unit.Length == 0)
            {
                throw new InvalidInputException(Field(nameof(Indicator.Unit)), "Indicator_UnitRequired");
            }
            InvalidInputException.ThrowIfTooLong(Field(nameof(Indicator.Name)), name, Indicator.MaxNameLength);
            InvalidInputException.ThrowIfTooLong(Field(nameof(Indicator.Unit)), unit, Indicator.MaxUnitLength);
            InvalidInputException.ThrowIfTooLong(Field(nameof(Indicator.Source)), source, Indicator.MaxSourceLength);
            if (!Enum.IsDefined(indicator.Periodicity))
            {
                throw new InvalidInputException(Field(nameof(Indicator.Periodicity)), "Indicator_UnknownPeriodicity");
            }
            if ((indicator.BaselineValue is null) != (indicator.BaselineYear is null))
            {
                throw new InvalidInputException(Field(nameof(Indicator.BaselineYear)), "Indicator_BaselineNeedsValueAndYear");
            }
            if (indicator.BaselineYear is { } baseline && (baseline < Indicator.EarliestYear || baseline > horizon))
            {
                throw new InvalidInputException(Field(nameof(Indicator.BaselineYear)), "Indicator_YearOutsideStrategy", Indicator.EarliestYear, horizon);
            }
            if (indicator.Targets.Count > MaxTargets)
            {
                throw new InvalidInputException(Field(nameof(Indicator.Targets)), "Indicator_TooManyTargets", MaxTargets);
            }
            var earliestTarget = indicator.BaselineYear + 1 ?? Indicator.EarliestYear;
            foreach (var target in indicator.Targets)
            {
                if (target.Year is null || target.Value is null)
                {
                    throw new InvalidInputException(Field(nameof(Indicator.Targets)), "Indicator_TargetNeedsYearAndValue");
                }
                if (target.Year < earliestTarget || target.Year > horizon)
                {
                    throw new InvalidInputException(Field(nameof(Indicator.Targets)), "Indicator_TargetOutsideHorizon", target.Year ?? 0, earliestTarget, horizon);
                }
            }
            if (indicator.Targets.GroupBy(t => t.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InvalidInputException(Field(nameof(Indicator.Targets)), "Indicator_TwoTargetsInAYear", twice.Key ?? 0);
            }
            checkedItems.Add(indicator with
            {
                Key = indicator.Key == Guid.Empty ? Guid.NewGuid() : indicator.Key,
                Name = name,
                Unit = unit,
                Source = source,
                Targets = indicator.Targets.OrderBy(t => t.Year).ToList(),
            });
        }
        return new IndicatorSet(checkedItems);
    }

    /// <summary>A set travels (the browser's copy, the circuit) as the list it holds.</summary>
    private sealed class IndicatorSetJsonConverter : JsonConverter<IndicatorSet>
    {
        public override IndicatorSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<List<Indicator>>(ref reader, Json) ?? []);

        public override void Write(Utf8JsonWriter writer, IndicatorSet value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Items, Json);
    }
}
