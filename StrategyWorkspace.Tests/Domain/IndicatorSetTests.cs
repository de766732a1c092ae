namespace StrategyWorkspace.Tests.Domain;

public sealed class IndicatorSetTests
{
    private const int Horizon = 2020;

    private static Indicator Unemployment(decimal target2020 = 8.5m, string unit = "%", int? baselineYear = 2015) =>
        new(new Guid("00000000-0000-0000-0000-000000000001"), "Рівень безробіття", unit, "Держстат", Periodicity.Annual, 11.8m, baselineYear,
            [new IndicatorTarget(2020, target2020), new IndicatorTarget(2018, 10m)]);

    [Fact]
    public void A_set_says_the_same_after_the_json_column_and_equal_values_make_equal_sets()
    {
        var set = new IndicatorSet([Unemployment()]).Checked(Horizon);

        var read = IndicatorSet.FromJson(set.AsJson);

        Assert.Equal(set, read);
        Assert.Equal([2018, 2020], read.Items[0].Targets.Select(t => t.Year));
        Assert.Equal(new IndicatorSet([Unemployment(8.50m)]), new IndicatorSet([Unemployment(8.5m)]));
        Assert.NotEqual(new IndicatorSet([Unemployment(8m)]), new IndicatorSet([Unemployment(8.5m)]));
        Assert.Equal(IndicatorSet.Empty, IndicatorSet.FromJson(""));
        Assert.Equal("", IndicatorSet.Empty.AsJson);
    }

    [Fact]
    public void Checking_trims_the_texts_orders_the_targets_and_gives_a_new_indicator_its_key()
    {
        var typed = Unemployment() with { Key = Guid.Empty, Name = "  Рівень безробіття ", Unit = " % " };

        var kept = Assert.Single(new IndicatorSet([typed]).Checked(Horizon).Items);

        Assert.Equal(("Рівень безробіття", "%"), (kept.Name, kept.Unit));
        Assert.NotEqual(Guid.Empty, kept.Key);
        Assert.Equal([2018, 2020], kept.Targets.Select(t => t.Year));
    }

    public static TheoryData<Indicator, string, string> Refusals => new()
    {
        { Unemployment() with { Name = " " }, "Indicators[0].Name", "Indicator_NameRequired" },
        { Unemployment(unit: ""), "Indicators[0].Unit", "Indicator_UnitRequired" },
        { Unemployment() with { Targets = [new IndicatorTarget(2021, 5m)] }, "Indicators[0].Targets", "Indicator_TargetOutsideHorizon" },
        { Unemployment() with { Targets = [new IndicatorTarget(2015, 5m)] }, "Indicators[0].Targets", "Indicator_TargetOutsideHorizon" },
        { Unemployment() with { Targets = [new IndicatorTarget(2018, 5m), new IndicatorTarget(2018, 6m)] }, "Indicators[0].Targets", "Indicator_TwoTargetsInAYear" },
        { Unemployment() with { Targets = [new IndicatorTarget(null, 5m)] }, "Indicators[0].Targets", "Indicator_TargetNeedsYearAndValue" },
        { Unemployment() with { Targets = [new IndicatorTarget(2018, null)] }, "Indicators[0].Targets", "Indicator_TargetNeedsYearAndValue" },
        { Unemployment(baselineYear: null), "Indicators[0].BaselineYear", "Indicator_BaselineNeedsValueAndYear" },
        { Unemployment(baselineYear: 2030), "Indicators[0].BaselineYear", "Indicator_YearOutsideStrategy" },
        { Unemployment() with { Unit = new string('%', Indicator.MaxUnitLength + 1) }, "Indicators[0].Unit", "Validation_MaxLength" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void What_a_version_cannot_keep_is_refused_on_the_indicators_field(Indicator indicator, string field, string key)
    {
        var refused = Assert.Throws<InvalidInputException>(() => new IndicatorSet([indicator]).Checked(Horizon));

        Assert.Equal((field, key), (refused.Field, refused.MessageKey));
    }

    [Fact]
    public void Only_goals_and_tasks_carry_indicators()
    {
        var set = new IndicatorSet([Unemployment()]).Checked(Horizon);
        var task = new Item { Kind = ItemKind.Task };
        var problem = new Item { Kind = ItemKind.Problem };

        Assert.Equal(set, task.AddVersion("Завдання", "", null, "m", "", DateTimeOffset.UnixEpoch, indicators: set).Indicators);
        Assert.Equal("Indicator_OnlyForGoalsAndTasks", Assert.Throws<WorkspaceRuleException>(() =>
            problem.AddVersion("Проблема", "", null, "m", "", DateTimeOffset.UnixEpoch, indicators: set)).MessageKey);
    }
}
