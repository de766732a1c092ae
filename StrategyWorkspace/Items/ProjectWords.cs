using System.Globalization;
using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Items;

/// <summary>
/// A project's place in the plan in words, said once for the item page, the diffs, the plan's tables and the exports: its period
/// ("Q2 2018 – 2020"), its funding as a table of sources by year with totals, as lines for a line diff, and the amounts that changed
/// between two versions with the difference.
/// </summary>
internal static class ProjectWords
{
    /// <summary>Thousands of hryvnias as every number of the document is written (<see cref="IndicatorWords.Value"/>): grouped, never rounded.</summary>
    public static string Amount(decimal? value, CultureInfo culture) => IndicatorWords.Value(value, culture);

    /// <summary>A change of amount with its sign: "+300", "−12,5".</summary>
    public static string Difference(decimal value, CultureInfo culture) =>
        (value > 0 ? "+" : value < 0 ? "−" : "") + Amount(Math.Abs(value), culture);

    /// <summary>A project's facts as label and text (executors, period, territory, expected results), those it has; none for an empty plan.</summary>
    public static IReadOnlyList<(string Label, string Text)> Facts(IStringLocalizer localizer, ProjectPlan plan) =>
        plan.IsEmpty ? [] :
        new[]
        {
            (localizer["Project_Executors"].Value, plan.Executors),
            (localizer["Project_Period"].Value, Period(localizer, plan)),
            (localizer["Project_Territory"].Value, plan.Territory),
            (localizer["Project_ExpectedResults"].Value, plan.ExpectedResults),
        }.Where(fact => fact.Item2.Length > 0).ToList();

    public static string Source(IStringLocalizer localizer, FundingSource source) => localizer[$"FundingSource_{source}"];

    public static string Period(IStringLocalizer localizer, PlanPeriod start, PlanPeriod end)
    {
        string One(PlanPeriod period) => period.Year is not { } year ? "…"
            : period.Quarter is { } quarter ? localizer["Project_QuarterShown", quarter, year].Value
            : year.ToString(CultureInfo.InvariantCulture);
        var (first, last) = (One(start), One(end));
        return first == last ? first : $"{first} – {last}";
    }

    public static string Period(IStringLocalizer localizer, ProjectPlan plan) => Period(localizer, plan.Start, plan.End);

    /// <summary>
    /// The funding as a table: a header (source, a column per year, total), a row per source, and the total row; every amount
    /// written as the culture writes numbers. Nothing but the header and total for a plan without funding.
    /// </summary>
    public static IReadOnlyList<string[]> FundingTable(IStringLocalizer localizer, ProjectPlan plan, CultureInfo culture)
    {
        var years = plan.Years;
        var header = new[] { localizer["Project_FundingSource"].Value }.Concat(years.Select(y => y.ToString(CultureInfo.InvariantCulture)))
            .Append(localizer["Project_Total"].Value).ToArray();
        var rows = plan.Sources.Select(source => new[] { Source(localizer, source) }
            .Concat(years.Select(y => Amount(plan.AmountOf(source, y), culture)))
            .Append(Amount(plan.TotalOf(source), culture)).ToArray());
        var total = new[] { localizer["Project_Total"].Value }
            .Concat(years.Select(y => Amount(plan.Funding.Where(l => l.Year == y).Sum(l => l.Amount ?? 0m), culture)))
            .Append(Amount(plan.Total, culture)).ToArray();
        return [header, .. rows, total];
    }

    /// <summary>
    /// The plan as lines for a line diff, one fact a line, so a changed executor or amount is a changed word: the executors, the
    /// period, the territory, the expected results, then a line per source and year.
    /// </summary>
    public static string Lines(IStringLocalizer localizer, ProjectPlan? plan, CultureInfo culture)
    {
        if (plan is null || plan.IsEmpty)
        {
            return "";
        }
        var lines = new List<string>
        {
            localizer["Project_ExecutorsShown", plan.Executors],
            localizer["Project_PeriodShown", Period(localizer, plan)],
        };
        if (plan.Territory.Length > 0)
        {
            lines.Add(localizer["Project_TerritoryShown", plan.Territory]);
        }
        if (plan.ExpectedResults.Length > 0)
        {
            lines.Add(localizer["Project_ResultsShown", plan.ExpectedResults.ReplaceLineEndings(" ")]);
        }
        lines.AddRange(plan.Funding.Select(l => localizer["Project_AmountShown", Source(localizer, l.Source), l.Year ?? 0, Amount(l.Amount, culture)].Value));
        lines.Add($"{localizer["Project_Total"]}: {Amount(plan.Total, culture)}");
        return string.Join("\n", lines);
    }

    /// <summary>
    /// Every amount that is not the same in the two plans, by source and year, with the difference: "Regional budget, 2019: 1 200 → 1 500
    /// (+300)"; a line that came or went counts from or to nothing.
    /// </summary>
    public static IReadOnlyList<string> AmountChanges(IStringLocalizer localizer, ProjectPlan? older, ProjectPlan? newer, CultureInfo culture)
    {
        var (before, after) = (older ?? ProjectPlan.Empty, newer ?? ProjectPlan.Empty);
        var keys = before.Funding.Concat(after.Funding).Select(l => (l.Source, Year: l.Year ?? 0)).Distinct().OrderBy(k => k.Source).ThenBy(k => k.Year);
        var changes = new List<string>();
        foreach (var (source, year) in keys)
        {
            var (was, now) = (before.AmountOf(source, year), after.AmountOf(source, year));
            if (was != now)
            {
                changes.Add(localizer["Project_AmountChange", Source(localizer, source), year, Amount(was, culture), Amount(now, culture),
                    Difference(now - was, culture)]);
            }
        }
        if (changes.Count > 0 && before.Total != after.Total)
        {
            changes.Add(localizer["Project_AmountChange", localizer["Project_Total"].Value, Period(localizer, after.IsEmpty ? before : after),
                Amount(before.Total, culture), Amount(after.Total, culture), Difference(after.Total - before.Total, culture)]);
        }
        return changes;
    }
}
