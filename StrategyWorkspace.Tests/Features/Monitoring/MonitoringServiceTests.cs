using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>The adopted edition's indicators and their actual values, recorded by the owning group and logged; on the real database.</summary>
public sealed class MonitoringServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private MonitoringService Monitoring => app.Scoped<MonitoringService>();

    internal static IndicatorSet Roads() => new(
    [
        new Indicator(Guid.NewGuid(), "Частка відремонтованих доріг", "%", "Служба автомобільних доріг", Periodicity.Annual, 12m, 2015,
            [new IndicatorTarget(2018, 30m), new IndicatorTarget(2020, 50m)]),
    ]);

    /// <summary>A task of the infrastructure group with an indicator, approved, merged into a new edition that the council then adopts.</summary>
    internal static async Task<(int TaskId, Indicator Indicator, int Edition)> AdoptedTaskAsync(WorkspaceFactory app)
    {
        var (id, indicator, edition, _) = await MergedTaskAsync(app);
        await app.Scoped<ConsolidationService>().AdoptAsync(await app.UserIdAsync(Demo.Chair), edition, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            "Рішення обласної ради № 45/12");
        return (id, indicator, edition);
    }

    /// <summary>A task of the infrastructure group with an indicator, approved and merged alone into a new edition.</summary>
    internal static async Task<(int TaskId, Indicator Indicator, int Edition, string Title)> MergedTaskAsync(WorkspaceFactory app)
    {
        var member = await app.UserIdAsync(Demo.Infrastructure);
        var chair = await app.UserIdAsync(Demo.Chair);
        var indicators = Roads();
        var title = Demo.Unique("Ремонт доріг");
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, await app.GroupIdAsync(2), ItemKind.Task,
            new DraftInput { Title = title, Body = "Відновити дороги області.", Indicators = indicators }, []);
        await app.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        await app.Scoped<ReviewService>().ApproveAsync(chair, id, 1, null);
        var consolidation = app.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        var edition = await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([id]), null);
        return (id, indicators.Items[0], edition, title);
    }

    [Fact]
    public async Task The_board_shows_the_adopted_editions_indicators_and_who_may_record_them()
    {
        var (taskId, indicator, edition) = await AdoptedTaskAsync(app);

        var board = await Monitoring.GetBoardAsync(await app.UserIdAsync(Demo.Infrastructure));

        Assert.Equal((edition, "Рішення обласної ради № 45/12"), (board.EditionNumber!.Value, board.Decision));
        var group = board.Groups.Single(g => g.Items.Any(i => i.ItemId == taskId));
        Assert.True(group.CanRecord);
        var measured = group.Items.Single(i => i.ItemId == taskId).Indicators.Single();
        Assert.Equal(indicator.Key, measured.Indicator.Key);
        Assert.Matches(@"^2\.4\.\d+-1$", measured.Code);
        Assert.Equal(Enumerable.Range(2016, 5).Select(y => new MonitoringPeriod(y)), measured.Periods(2020));
        Assert.False((await Monitoring.GetBoardAsync(await app.UserIdAsync(Demo.Economy))).Groups.Single(g => g.GroupId == group.GroupId).CanRecord);
    }

    [Fact]
    public async Task A_member_records_a_value_and_a_change_is_logged_old_to_new()
    {
        var (taskId, indicator, _) = await AdoptedTaskAsync(app);
        var member = await app.UserIdAsync(Demo.Infrastructure);
        var admin = await app.UserIdAsync(Demo.Admin);

        await Monitoring.RecordAsync(member, new ValueInput(taskId, indicator.Key, new MonitoringPeriod(2017), 18.5m, "Служба автомобільних доріг", null, null));
        var recorded = Value(await Monitoring.GetBoardAsync(member), taskId, 2017)!;
        await Monitoring.RecordAsync(admin, new ValueInput(taskId, indicator.Key, new MonitoringPeriod(2017), 19m, "Облавтодор", "Уточнено", recorded.Token));

        Assert.Equal((19m, "Облавтодор", "Уточнено"), Value(await Monitoring.GetBoardAsync(member), taskId, 2017) is { } v ? (v.Value, v.Source, v.Note) : default);
        var history = await Monitoring.GetHistoryAsync(member, taskId, indicator.Key);
        Assert.Equal([((decimal?)18.5m, 19m), (null, 18.5m)], history.Select(h => (h.OldValue, h.NewValue)));
        Assert.Equal("Облавтодор", history[0].NewSource);
    }

    [Fact]
    public async Task A_value_typed_over_one_that_changed_meanwhile_is_refused_and_the_newer_value_stays()
    {
        var (taskId, indicator, _) = await AdoptedTaskAsync(app);
        var member = await app.UserIdAsync(Demo.Infrastructure);
        var period = new MonitoringPeriod(2018);
        await Monitoring.RecordAsync(member, new ValueInput(taskId, indicator.Key, period, 25m, "Служба", null, null));
        var seen = Value(await Monitoring.GetBoardAsync(member), taskId, 2018)!.Token;
        await Monitoring.RecordAsync(await app.UserIdAsync(Demo.Admin), new ValueInput(taskId, indicator.Key, period, 26m, "Служба", null, seen));

        var stale = await Assert.ThrowsAsync<StaleDataException>(() =>
            Monitoring.RecordAsync(member, new ValueInput(taskId, indicator.Key, period, 27m, "Служба", null, seen)));
        // A first value recorded from a page that had none, while someone recorded one: refused too, never a silent overwrite.
        await Assert.ThrowsAsync<StaleDataException>(() => Monitoring.RecordAsync(member, new ValueInput(taskId, indicator.Key, period, 28m, "Служба", null, null)));

        Assert.Equal("Monitoring_ValueChangedMeanwhile", stale.MessageKey);
        Assert.Equal(26m, Value(await Monitoring.GetBoardAsync(member), taskId, 2018)!.Value);
    }

    [Fact]
    public async Task Another_groups_member_an_expert_and_the_chair_are_refused_and_bad_input_is_refused_on_its_field()
    {
        var (taskId, indicator, _) = await AdoptedTaskAsync(app);
        var input = new ValueInput(taskId, indicator.Key, new MonitoringPeriod(2017), 18m, "Служба", null, null);

        foreach (var outsider in new[] { Demo.Economy, Demo.Expert, Demo.Chair })
        {
            var outsiderId = await app.UserIdAsync(outsider);
            await Assert.ThrowsAsync<ActionRefusedException>(() => Monitoring.RecordAsync(outsiderId, input));
        }
        await Assert.ThrowsAsync<ActionRefusedException>(() => Monitoring.RecordAsync(null, input));
        var member = await app.UserIdAsync(Demo.Infrastructure);
        Assert.Equal("Period", (await Assert.ThrowsAsync<InvalidInputException>(() => Monitoring.RecordAsync(member, input with { Period = new MonitoringPeriod(2021) }))).Field);
        Assert.Equal("Value", (await Assert.ThrowsAsync<InvalidInputException>(() => Monitoring.RecordAsync(member, input with { Value = null }))).Field);
        await Assert.ThrowsAsync<NotFoundException>(() => Monitoring.RecordAsync(member, input with { IndicatorKey = Guid.NewGuid() }));
        Assert.Null(Value(await Monitoring.GetBoardAsync(member), taskId, 2017));
    }

    [Fact]
    public async Task Only_the_chair_or_administrator_records_an_adoption_and_only_once()
    {
        var (_, _, edition) = await AdoptedTaskAsync(app);
        var consolidation = app.Scoped<ConsolidationService>();
        var (member, chair) = (await app.UserIdAsync(Demo.Economy), await app.UserIdAsync(Demo.Chair));

        await Assert.ThrowsAsync<ActionRefusedException>(() => consolidation.AdoptAsync(member, edition, DateOnly.FromDateTime(DateTime.UtcNow), "№ 1"));
        await Assert.ThrowsAsync<WorkspaceRuleException>(() => consolidation.AdoptAsync(chair, edition, DateOnly.FromDateTime(DateTime.UtcNow), "№ 2"));
        var adoption = await app.Scoped<EditionReader>().GetAdoptionAsync(chair, edition);
        Assert.Equal(("Рішення обласної ради № 45/12", false), (adoption.Decision, adoption.CanRecord));
    }

    [Fact]
    public async Task A_file_is_previewed_row_by_row_with_each_refusal_and_its_reason_then_written_in_one_go_with_every_change_logged()
    {
        var (taskId, indicator, _) = await AdoptedTaskAsync(app);
        var member = await app.UserIdAsync(Demo.Infrastructure);
        var code = CodeOf(await Monitoring.GetBoardAsync(member), taskId);
        await Monitoring.RecordAsync(member, new ValueInput(taskId, indicator.Key, new MonitoringPeriod(2016), 14m, "Служба автомобільних доріг", null, null));
        await Monitoring.RecordAsync(member, new ValueInput(taskId, indicator.Key, new MonitoringPeriod(2017), 18m, "Служба автомобільних доріг", null, null));
        var file = System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "Код;Період;Значення;Джерело",
            $"{code};2016;14;",                  // the same value: unchanged
            $"{code};2017;18,5;Облавтодор",      // changed
            $"{code};2018;25",                   // new
            $"{code};2018;26",                   // the same indicator and period again
            "9.9.9-9;2018;1",                    // no such indicator
            $"{code};двадцять;1",                // not a period
            $"{code};2019;багато",               // not a number
            $"{code};2021;1"));                  // after the horizon

        var preview = await Monitoring.PreviewImportAsync(member, "значення.csv", file);

        Assert.Equal(
        [
            (2, ImportOutcome.Unchanged, (string?)null), (3, ImportOutcome.Changed, null), (4, ImportOutcome.New, null), (5, ImportOutcome.Refused, "Monitoring_Row_Duplicate"),
            (6, ImportOutcome.Refused, "Monitoring_Row_UnknownCode"), (7, ImportOutcome.Refused, "Monitoring_Row_BadPeriod"), (8, ImportOutcome.Refused, "Monitoring_Row_NotANumber"),
            (9, ImportOutcome.Refused, "Monitoring_PeriodOutside"),
        ], preview.Rows.Select(r => (r.Line, r.Outcome, r.Reason)));
        Assert.Equal((18m, 18.5m), (preview.Rows[1].OldValue!.Value, preview.Rows[1].NewValue!.Value));
        Assert.Equal(4, preview.Rows[3].ReasonArguments![0]);
        Assert.Null(Value(await Monitoring.GetBoardAsync(member), taskId, 2018));

        Assert.Equal(2, await Monitoring.ApplyImportAsync(member, preview));

        var board = await Monitoring.GetBoardAsync(member);
        Assert.Equal((18.5m, "Облавтодор"), (Value(board, taskId, 2017)!.Value, Value(board, taskId, 2017)!.Source));
        Assert.Equal(25m, Value(board, taskId, 2018)!.Value);
        Assert.Contains(await Monitoring.GetHistoryAsync(member, taskId, indicator.Key), c => c is { OldValue: 18m, NewValue: 18.5m });
    }

    [Fact]
    public async Task A_preview_written_after_a_value_changed_meanwhile_writes_nothing_and_only_the_owning_group_loads_values()
    {
        var (taskId, indicator, _) = await AdoptedTaskAsync(app);
        var member = await app.UserIdAsync(Demo.Infrastructure);
        var code = CodeOf(await Monitoring.GetBoardAsync(member), taskId);
        var file = System.Text.Encoding.UTF8.GetBytes($"{code};2017;18\n{code};2018;25\n");
        var preview = await Monitoring.PreviewImportAsync(member, "values.csv", file);
        await Monitoring.RecordAsync(await app.UserIdAsync(Demo.Admin), new ValueInput(taskId, indicator.Key, new MonitoringPeriod(2018), 24m, "Служба", null, null));

        Assert.Equal("Monitoring_Import_Stale", (await Assert.ThrowsAsync<StaleDataException>(() => Monitoring.ApplyImportAsync(member, preview))).MessageKey);
        Assert.Null(Value(await Monitoring.GetBoardAsync(member), taskId, 2017));

        var outsider = await Monitoring.PreviewImportAsync(await app.UserIdAsync(Demo.Economy), "values.csv", file);
        Assert.All(outsider.Rows, r => Assert.Equal("Rights_NotYourGroup", r.Reason));
        var expert = await app.UserIdAsync(Demo.Expert);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Monitoring.PreviewImportAsync(expert, "values.csv", file));
        var economy = await app.UserIdAsync(Demo.Economy);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Monitoring.ApplyImportAsync(economy, preview));
    }

    private static string CodeOf(MonitoringBoard board, int itemId) =>
        board.Groups.SelectMany(g => g.Items).Single(i => i.ItemId == itemId).Indicators.Single().Code;

    private static RecordedValue? Value(MonitoringBoard board, int itemId, int year) =>
        board.Groups.SelectMany(g => g.Items).Single(i => i.ItemId == itemId).Indicators.Single().ValueOf(new MonitoringPeriod(year));
}
