using System.Globalization;
using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// The monitoring's charts, drawn as SVG with their descriptions in <c>localizer</c>'s language: the same on the page and in a report.
/// </summary>
internal static class MonitoringCharts
{
    /// <summary>
    /// An indicator's line chart: its baseline, the path of its targets (from the baseline, dashed) and its actual values (solid), over
    /// the periods from the baseline's year to the horizon; the description says the baseline, the last target and how the latest value stands.
    /// </summary>
    public static string Indicator(IStringLocalizer localizer, MonitoredIndicator indicator, int horizon, CultureInfo culture, string id)
    {
        var periods = indicator.Periods(horizon).ToList();
        var definition = indicator.Indicator;
        var categories = new List<string>();
        var baselineAt = -1;
        if (definition.BaselineYear is { } baselineYear && definition.BaselineValue is not null)
        {
            categories.Add(baselineYear.ToString(CultureInfo.InvariantCulture));
            baselineAt = 0;
        }
        var offset = categories.Count;
        categories.AddRange(periods.Select(p => ShortPeriod(p)));
        int? CategoryOfYear(int year) => periods.FindIndex(p => p.Year == year && p.Half is 0 or 2) is var found and >= 0 ? found + offset : null;

        var targets = definition.Targets
            .Where(t => t.Year is not null && t.Value is not null)
            .Select(t => (Category: CategoryOfYear(t.Year!.Value), Value: t.Value!.Value))
            .Where(t => t.Category is not null)
            .Select(t => (t.Category!.Value, t.Value))
            .ToList();
        if (baselineAt >= 0)
        {
            targets.Insert(0, (baselineAt, definition.BaselineValue!.Value));
        }
        var actual = indicator.Values
            .Select(v => (Category: periods.IndexOf(v.Period), v.Value))
            .Where(v => v.Category >= 0)
            .Select(v => (v.Category + offset, v.Value))
            .ToList();
        var series = new List<LineSeries>
        {
            new(localizer["Chart_Targets"], SeriesStyle.Target, targets),
            new(localizer["Chart_Actual"], SeriesStyle.Actual, actual),
        };
        if (baselineAt >= 0)
        {
            series.Insert(0, new LineSeries(localizer["Chart_Baseline"], SeriesStyle.Baseline, [(baselineAt, definition.BaselineValue!.Value)]));
        }
        return ChartSvg.Line(id, localizer["Chart_IndicatorTitle", indicator.Code, definition.Name, definition.Unit],
            Describe(localizer, indicator, culture), categories, series, culture);
    }

    /// <summary>The indicator's chart said in a sentence: baseline, last target, the latest value and whether it is on track.</summary>
    public static string Describe(IStringLocalizer localizer, MonitoredIndicator indicator, CultureInfo culture)
    {
        var definition = indicator.Indicator;
        var parts = new List<string>();
        if (definition.BaselineYear is { } year && definition.BaselineValue is { } baseline)
        {
            parts.Add(localizer["Chart_DescBaseline", year, IndicatorWords.Value(baseline, culture)]);
        }
        if (definition.Targets.Where(t => t.Year is not null && t.Value is not null).OrderBy(t => t.Year).LastOrDefault() is { } last)
        {
            parts.Add(localizer["Chart_DescTarget", last.Year!.Value, IndicatorWords.Value(last.Value, culture)]);
        }
        parts.Add(StandingWords.Sentence(localizer, indicator.Standing, culture));
        return string.Join(" ", parts);
    }

    /// <summary>Planned against spent by year, and by source: two bar charts of one table of money.</summary>
    public static (string ByYear, string BySource) Money(IStringLocalizer localizer, MoneyTable money, CultureInfo culture, string id, string whose)
    {
        var planned = localizer["Chart_Planned"].Value;
        var spent = localizer["Chart_Spent"].Value;
        var byYear = ChartSvg.Bars($"{id}-years", localizer["Chart_MoneyByYear", whose],
            localizer["Chart_MoneyDesc", ProjectWords.Amount(money.Planned, culture), ProjectWords.Amount(money.Spent, culture)],
            money.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
            [
                new BarSeries(planned, SeriesStyle.Planned, money.Years.Select((_, i) => money.Rows.Sum(r => r.PlannedByYear[i])).ToList()),
                new BarSeries(spent, SeriesStyle.Spent, money.Years.Select((_, i) => money.Rows.Sum(r => r.SpentByYear[i])).ToList()),
            ], culture);
        var bySource = ChartSvg.Bars($"{id}-sources", localizer["Chart_MoneyBySource", whose],
            localizer["Chart_MoneyDesc", ProjectWords.Amount(money.Planned, culture), ProjectWords.Amount(money.Spent, culture)],
            money.Rows.Select(r => ProjectWords.Source(localizer, r.Source)).ToList(),
            [
                new BarSeries(planned, SeriesStyle.Planned, money.Rows.Select(r => r.Planned).ToList()),
                new BarSeries(spent, SeriesStyle.Spent, money.Rows.Select(r => r.Spent).ToList()),
            ], culture);
        return (byYear, bySource);
    }

    /// <summary>A period short enough for an axis: 2018, or 2018/1 for a half-year.</summary>
    private static string ShortPeriod(MonitoringPeriod period) =>
        period.IsWholeYear ? period.Year.ToString(CultureInfo.InvariantCulture) : $"{period.Year}/{period.Half}";
}

/// <summary>How a standing is said: "on track", and the sentence with the latest value and what was expected.</summary>
internal static class StandingWords
{
    public static string Name(IStringLocalizer localizer, Standing standing) => localizer[$"Standing_{standing}"];

    public static string Sentence(IStringLocalizer localizer, IndicatorStanding standing, CultureInfo culture) => standing switch
    {
        { Period: null } => localizer["Standing_NoValues"],
        { Expected: null } => localizer["Standing_LatestOnly", MonitoringWords.Period(localizer, standing.Period), IndicatorWords.Value(standing.Actual, culture)],
        _ => localizer["Standing_Latest", MonitoringWords.Period(localizer, standing.Period), IndicatorWords.Value(standing.Actual, culture),
            IndicatorWords.Value(standing.Expected, culture), Name(localizer, standing.Standing)],
    };
}
