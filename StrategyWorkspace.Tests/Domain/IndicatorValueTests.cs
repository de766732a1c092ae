namespace StrategyWorkspace.Tests.Domain;

/// <summary>An indicator's actual values: checked, changed with a log of old → new, never over a value that moved meanwhile.</summary>
public sealed class IndicatorValueTests
{
    private static readonly DateTimeOffset Now = new(2018, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Indicator Employment = new(Guid.NewGuid(), "Рівень зайнятості", "%", "Держстат", Periodicity.Annual, 52.1m, 2015,
        [new IndicatorTarget(2018, 55m), new IndicatorTarget(2020, 58m)]);

    private static readonly Indicator Investment = Employment with { Key = Guid.NewGuid(), Name = "Капітальні інвестиції", Periodicity = Periodicity.HalfYearly };

    private static IndicatorValue First(decimal value = 53.40m) =>
        IndicatorValue.Record(7, Employment, 2020, new MonitoringPeriod(2017), value, " Держстат ", "  ", "member", Now);

    [Fact]
    public void The_first_value_is_recorded_with_its_source_and_logged_with_nothing_before_it()
    {
        var value = First();

        Assert.Equal((7, Employment.Key, 2017, 0, 53.4m, "Держстат", (string?)null), (value.ItemId, value.IndicatorKey, value.Year, value.Half, value.Value, value.Source, value.Note));
        Assert.Equal("53.4", value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var change = Assert.Single(value.Changes);
        Assert.Equal(((decimal?)null, 53.4m, (string?)null, "Держстат", "member", Now), (change.OldValue, change.NewValue, change.OldSource, change.NewSource, change.ChangedById, change.ChangedAt));
    }

    [Fact]
    public void A_change_logs_old_and_new_and_a_change_that_changes_nothing_logs_nothing()
    {
        var value = First();
        var token = value.Token;

        Assert.False(value.Change(Employment, 2020, token, 53.4m, "Держстат", null, "member", Now));
        Assert.True(value.Change(Employment, 2020, token, 54m, "Держстат, уточнено", "Уточнені дані", "admin", Now.AddDays(1)));

        var change = value.Changes.Last();
        Assert.Equal(((decimal?)53.4m, 54m, "Держстат", "Держстат, уточнено", "Уточнені дані", "admin"),
            (change.OldValue, change.NewValue, change.OldSource, change.NewSource, change.Note, change.ChangedById));
        Assert.NotEqual(token, value.Token);
    }

    [Fact]
    public void A_change_over_a_value_that_moved_since_the_page_showed_it_is_refused()
    {
        var value = First();
        var seen = value.Token;
        value.Change(Employment, 2020, seen, 54m, "Держстат", null, "admin", Now);

        Assert.Equal("Monitoring_ValueChangedMeanwhile",
            Assert.Throws<StaleDataException>(() => value.Change(Employment, 2020, seen, 55m, "Держстат", null, "member", Now)).MessageKey);
        Assert.Equal(54m, value.Value);
    }

    [Theory]
    [InlineData(2015, 0, "53", "Period", "Monitoring_PeriodOutside")]
    [InlineData(2021, 0, "53", "Period", "Monitoring_PeriodOutside")]
    [InlineData(2017, 1, "53", "Period", "Monitoring_AnnualHasNoHalves")]
    [InlineData(2017, 0, null, "Value", "Monitoring_ValueRequired")]
    [InlineData(2017, 0, "1000000000001", "Value", "Monitoring_ValueTooLarge")]
    public void A_period_outside_the_baseline_to_the_horizon_a_half_of_a_yearly_indicator_or_a_missing_or_absurd_value_is_refused_on_its_field(
        int year, int half, string? value, string field, string key)
    {
        var error = Assert.Throws<InvalidInputException>(() => IndicatorValue.Record(7, Employment, 2020, new MonitoringPeriod(year, half),
            value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "Держстат", null, "member", Now));

        Assert.Equal(key, error.MessageKey);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_half_year_is_recorded_for_an_indicator_measured_half_yearly_and_a_source_is_required()
    {
        Assert.Equal(2, IndicatorValue.Record(7, Investment, 2020, new MonitoringPeriod(2018, 2), 10m, "Облстат", null, "member", Now).Half);
        Assert.Equal("Source", Assert.Throws<InvalidInputException>(() =>
            IndicatorValue.Record(7, Investment, 2020, new MonitoringPeriod(2018, 1), 10m, "  ", null, "member", Now)).Field);
        Assert.Equal("Note", Assert.Throws<InvalidInputException>(() =>
            IndicatorValue.Record(7, Investment, 2020, new MonitoringPeriod(2018, 1), 10m, "Облстат", new string('н', IndicatorValue.MaxNoteLength + 1), "member", Now)).Field);
    }

    [Fact]
    public void Periods_order_by_year_then_half()
    {
        MonitoringPeriod[] periods = [new(2018, 2), new(2017), new(2018, 1)];

        Assert.Equal([new MonitoringPeriod(2017), new MonitoringPeriod(2018, 1), new MonitoringPeriod(2018, 2)], periods.Order());
    }
}
