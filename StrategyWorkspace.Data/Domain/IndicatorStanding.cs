namespace StrategyWorkspace.Domain;

/// <summary>Whether an indicator's latest value keeps to the path its targets set.</summary>
public enum Standing
{
    NoData = 0,
    OnTrack = 1,
    Behind = 2,
}

/// <summary>An indicator's latest value against what it should have reached by then, and the gap between them.</summary>
public sealed record IndicatorStanding(Standing Standing, MonitoringPeriod? Period, decimal? Actual, decimal? Expected)
{
    public static readonly IndicatorStanding NoData = new(Standing.NoData, null, null, null);

    /// <summary>Actual minus expected, in the indicator's unit.</summary>
    public decimal? Deviation => Actual - Expected;

    /// <summary>
    /// The rule, stated on screen: the expected value of a period is the target set for its year, or, between two years with values,
    /// the straight line from the baseline through the targets (a first half-year halfway through the year); after the last target,
    /// the last target. The targets say whether the indicator is to rise or fall (the last target against the baseline, or the first
    /// target). The latest value is on track when it has reached the expected value in that direction, behind when not; an indicator
    /// without a value, or without a baseline and a target before the value's period to compare it with, has no data.
    /// </summary>
    public static IndicatorStanding Of(Indicator indicator, MonitoringPeriod? period, decimal? actual)
    {
        if (period is null || actual is not { } value)
        {
            return NoData;
        }
        var path = indicator.Targets.Where(t => t.Year is not null && t.Value is not null)
            .Select(t => (Time: (decimal)t.Year!.Value, Value: t.Value!.Value))
            .OrderBy(p => p.Time)
            .ToList();
        if (indicator.BaselineYear is { } baselineYear && indicator.BaselineValue is { } baseline)
        {
            path.Insert(0, ((decimal)baselineYear, baseline));
        }
        if (path.Count == 0)
        {
            return new IndicatorStanding(Standing.NoData, period, value, null);
        }
        var time = period.Year - (period.Half == 1 ? 0.5m : 0m);
        if (ExpectedAt(path, time) is not { } expected)
        {
            return new IndicatorStanding(Standing.NoData, period, value, null);
        }
        var rising = path[^1].Value >= path[0].Value;
        var onTrack = rising ? value >= expected : value <= expected;
        return new IndicatorStanding(onTrack ? Standing.OnTrack : Standing.Behind, period, value, expected);
    }

    /// <summary>The latest of an indicator's values judged against its targets.</summary>
    public static IndicatorStanding Latest(Indicator indicator, IEnumerable<(MonitoringPeriod Period, decimal Value)> values)
    {
        var latest = values.OrderBy(v => v.Period).LastOrDefault();
        return latest.Period is null ? NoData : Of(indicator, latest.Period, latest.Value);
    }

    private static decimal? ExpectedAt(List<(decimal Time, decimal Value)> path, decimal time)
    {
        if (time <= path[0].Time)
        {
            return time == path[0].Time ? path[0].Value : null;
        }
        if (time >= path[^1].Time)
        {
            return path[^1].Value;
        }
        var after = path.FindIndex(p => p.Time >= time);
        var (fromTime, fromValue) = path[after - 1];
        var (toTime, toValue) = path[after];
        if (toTime == time)
        {
            return toValue;
        }
        return Math.Round(fromValue + (toValue - fromValue) * (time - fromTime) / (toTime - fromTime), 4, MidpointRounding.AwayFromZero);
    }
}
