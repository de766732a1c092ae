namespace StrategyWorkspace.Tests.Domain;

/// <summary>Whether an indicator's latest value is on track: against the straight path from the baseline through the targets, in their direction.</summary>
public sealed class IndicatorStandingTests
{
    private static readonly Indicator Rising = new(Guid.NewGuid(), "Частка доріг", "%", "Служба", Periodicity.HalfYearly, 12m, 2015,
        [new IndicatorTarget(2018, 30m), new IndicatorTarget(2020, 50m)]);

    private static readonly Indicator Falling = Rising with { Name = "Безробіття", BaselineValue = 11.8m, Targets = [new IndicatorTarget(2018, 10m), new IndicatorTarget(2020, 8.5m)] };

    [Theory]
    [InlineData(2017, 0, 24, Standing.OnTrack, 24)]
    [InlineData(2017, 0, 23.9, Standing.Behind, 24)]
    [InlineData(2018, 1, 27, Standing.OnTrack, 27)]
    [InlineData(2018, 0, 29, Standing.Behind, 30)]
    [InlineData(2019, 0, 41, Standing.OnTrack, 40)]
    [InlineData(2021, 0, 49, Standing.Behind, 50)]
    public void A_rising_indicator_is_on_track_when_it_reached_the_expected_value(int year, int half, double actual, Standing standing, double expected)
    {
        var result = IndicatorStanding.Of(Rising, new MonitoringPeriod(year, half), (decimal)actual);

        Assert.Equal((standing, (decimal)expected), (result.Standing, result.Expected!.Value));
        Assert.Equal((decimal)actual - (decimal)expected, result.Deviation);
    }

    [Fact]
    public void A_falling_indicator_is_on_track_at_or_below_the_expected_value()
    {
        Assert.Equal(Standing.OnTrack, IndicatorStanding.Of(Falling, new MonitoringPeriod(2018), 9.9m).Standing);
        Assert.Equal(Standing.Behind, IndicatorStanding.Of(Falling, new MonitoringPeriod(2018), 10.1m).Standing);
    }

    [Fact]
    public void No_value_or_nothing_before_it_to_compare_with_is_no_data()
    {
        var withoutBaseline = Rising with { BaselineValue = null, BaselineYear = null };

        Assert.Equal(Standing.NoData, IndicatorStanding.Latest(Rising, []).Standing);
        Assert.Equal(Standing.NoData, IndicatorStanding.Of(withoutBaseline, new MonitoringPeriod(2017), 20m).Standing);
        Assert.Equal(Standing.OnTrack, IndicatorStanding.Of(withoutBaseline, new MonitoringPeriod(2018), 30m).Standing);
        Assert.Equal(Standing.NoData, IndicatorStanding.Of(Rising with { BaselineValue = null, Targets = [] }, new MonitoringPeriod(2019), 30m).Standing);
    }

    [Fact]
    public void The_latest_value_is_the_one_judged()
    {
        var latest = IndicatorStanding.Latest(Rising, [(new MonitoringPeriod(2018, 2), 31m), (new MonitoringPeriod(2017, 1), 1m)]);

        Assert.Equal((Standing.OnTrack, new MonitoringPeriod(2018, 2)), (latest.Standing, latest.Period));
    }
}
