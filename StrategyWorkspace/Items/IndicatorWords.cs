using System.Globalization;
using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Items;

/// <summary>
/// An indicator as one line of words ("Unemployment rate, %: baseline 11,8 (2015); targets 2018 — 9; 2020 — 7 · source: State
/// Statistics Service · annual"), so that the diff, the merge screen and the tracked-changes document show a changed target as a
/// changed word; and the values as the reader's (or the document's) culture writes numbers.
/// </summary>
internal static class IndicatorWords
{
    public static string Value(decimal? value, CultureInfo culture) => value?.ToString("#,0.############", culture) ?? "";

    public static string Periodicity(IStringLocalizer localizer, Periodicity periodicity) => localizer[$"Indicator_Periodicity_{periodicity}"];

    public static string Baseline(IStringLocalizer localizer, Indicator indicator, CultureInfo culture) =>
        indicator.BaselineValue is { } value ? localizer["Indicator_BaselineShown", Value(value, culture), indicator.BaselineYear ?? 0] : "—";

    public static string Describe(IStringLocalizer localizer, Indicator indicator, CultureInfo culture) =>
        string.Join(" · ", new[]
        {
            $"{indicator.Name}, {indicator.Unit}: {Baseline(localizer, indicator, culture)}; "
                + localizer["Indicator_TargetsShown", indicator.Targets.Count == 0
                    ? "—"
                    : string.Join("; ", indicator.Targets.Select(t => $"{t.Year} — {Value(t.Value, culture)}"))].Value,
            indicator.Source.Length > 0 ? localizer["Indicator_SourceShown", indicator.Source].Value : null,
            Periodicity(localizer, indicator.Periodicity),
        }.Where(part => part is not null));

    /// <summary>
    /// The set as a table for the exports: a header row (indicator, unit, source, periodicity, baseline, then a column per target
    /// year), then a row per indicator.
    /// </summary>
    public static IReadOnlyList<string[]> Table(IStringLocalizer localizer, IndicatorSet indicators, CultureInfo culture)
    {
        var years = indicators.Items.SelectMany(i => i.Targets).Select(t => t.Year).OfType<int>().Distinct().Order().ToList();
        var header = new[] { localizer["Indicator_Name"].Value, localizer["Indicator_Unit"], localizer["Indicator_Source"], localizer["Indicator_Periodicity"], localizer["Indicator_Baseline"] }
            .Concat(years.Select(y => y.ToString(CultureInfo.InvariantCulture))).ToArray();
        var rows = indicators.Items.Select(i => new[] { i.Name, i.Unit, i.Source, Periodicity(localizer, i.Periodicity), Baseline(localizer, i, culture) }
            .Concat(years.Select(y => Value(i.Targets.FirstOrDefault(t => t.Year == y)?.Value, culture))).ToArray());
        return [header, .. rows];
    }

    /// <summary>A set as lines, one per indicator, for a line diff.</summary>
    public static string Lines(IStringLocalizer localizer, IndicatorSet? indicators, CultureInfo culture) =>
        indicators is null ? "" : string.Join("\n", indicators.Items.Select(i => Describe(localizer, i, culture)));
}
