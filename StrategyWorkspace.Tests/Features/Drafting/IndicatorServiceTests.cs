using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

/// <summary>A goal's or task's indicators, versioned with its text, on the real database.</summary>
public sealed class IndicatorServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private DraftingService Drafting => app.Scoped<DraftingService>();
    private ItemReader Items => app.Scoped<ItemReader>();

    private static IndicatorSet Roads(decimal target2020) => new(
    [
        new Indicator(Guid.NewGuid(), "Частка відремонтованих доріг", "%", "Служба автомобільних доріг", Periodicity.Annual, 12m, 2015,
            [new IndicatorTarget(2018, 30m), new IndicatorTarget(2020, target2020)]),
    ]);

    private async Task<(string Member, int TaskId, IndicatorSet Indicators)> NewTaskAsync()
    {
        var member = await app.UserIdAsync(Demo.Infrastructure);
        var indicators = Roads(50m);
        var id = await Drafting.CreateItemAsync(member, await app.GroupIdAsync(2), ItemKind.Task,
            new DraftInput { Title = Demo.Unique("Ремонт доріг"), Body = "Відновити дороги області.", Indicators = indicators }, []);
        return (member, id, indicators);
    }

    [Fact]
    public async Task A_tasks_indicators_are_versioned_with_it_and_a_changed_target_is_a_new_version_the_older_keeps_its_own()
    {
        var (member, id, indicators) = await NewTaskAsync();
        Assert.Equal(indicators, (await Items.GetItemAsync(member, id)).Latest.Indicators);

        // The same text and indicators again make no version; a target changed alone does.
        var again = await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = (await Items.GetItemAsync(member, id)).Latest.Title, Body = "Відновити дороги області.", Indicators = indicators });
        Assert.IsType<SaveOutcome.Unchanged>(again);
        var changed = new IndicatorSet([indicators.Items[0] with { Targets = [new IndicatorTarget(2018, 30m), new IndicatorTarget(2020, 60m)] }]);
        var title = (await Items.GetItemAsync(member, id)).Latest.Title;
        Assert.Equal(new SaveOutcome.Saved(2), await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = title, Body = "Відновити дороги області.", Indicators = changed }));

        Assert.Equal(60m, (await Items.GetVersionAsync(member, id, 2)).Indicators!.Items[0].Targets[1].Value);
        Assert.Equal(50m, (await Items.GetVersionAsync(member, id, 1)).Indicators!.Items[0].Targets[1].Value);
        // A save that names no indicators keeps the newest version's.
        await Drafting.SaveVersionAsync(member, id, 2, new DraftInput { Title = title, Body = "Відновити всі дороги області." });
        Assert.Equal(changed, (await Items.GetVersionAsync(member, id, 3)).Indicators);
    }

    [Fact]
    public async Task A_target_beyond_the_horizon_or_a_missing_unit_is_refused_on_its_field_and_nothing_is_saved()
    {
        var (member, id, indicators) = await NewTaskAsync();
        var title = (await Items.GetItemAsync(member, id)).Latest.Title;

        var late = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = title, Body = "x", Indicators = new IndicatorSet([indicators.Items[0] with { Targets = [new IndicatorTarget(2025, 90m)] }]) }));
        var unitless = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = title, Body = "x", Indicators = new IndicatorSet([indicators.Items[0] with { Unit = "" }]) }));

        Assert.Equal(("Indicators[0].Targets", "Indicator_TargetOutsideHorizon"), (late.Field, late.MessageKey));
        Assert.Equal(("Indicators[0].Unit", "Indicator_UnitRequired"), (unitless.Field, unitless.MessageKey));
        Assert.Equal(1, (await Items.GetItemAsync(member, id)).Latest.Number);
    }

    [Fact]
    public async Task The_working_copy_keeps_indicators_as_typed_even_unfinished()
    {
        var (member, id, indicators) = await NewTaskAsync();
        var typing = new IndicatorSet([indicators.Items[0] with { Unit = "", Targets = [new IndicatorTarget(2019, null)] }]);

        await app.Scoped<WorkingCopyService>().SaveAsync(member, id, 1, "Назва", "Текст", null, typing);

        Assert.Equal(typing, (await app.Scoped<WorkingCopyService>().GetAsync(member, id))!.Indicators);
    }

    [Fact]
    public async Task Merged_the_indicators_are_in_the_edition_and_the_comparison_shows_the_changed_target()
    {
        var (member, id, indicators) = await NewTaskAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        var review = app.Scoped<ReviewService>();
        var consolidation = app.Scoped<ConsolidationService>();
        async Task<int> ApproveAndMergeAsync(int number)
        {
            await review.SubmitAsync(member, id, number, null);
            await review.ApproveAsync(chair, id, number, null);
            var plan = await consolidation.GetMergePlanAsync(chair);
            return await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([id]), null);
        }
        var first = await ApproveAndMergeAsync(1);
        var title = (await Items.GetItemAsync(member, id)).Latest.Title;
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = title, Body = "Відновити дороги області.", Indicators = new IndicatorSet([indicators.Items[0] with { Targets = [new IndicatorTarget(2020, 70m)] }]) });
        var second = await ApproveAndMergeAsync(2);

        var document = (await app.Scoped<EditionReader>().GetDocumentAsync(chair, first))!;
        var held = document.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Single(i => i.ItemId == id);
        Assert.Equal(indicators, held.Indicators);
        var change = (await app.Scoped<EditionReader>().CompareAsync(chair, first, second)).Changes.Single(c => c.ItemId == id);
        Assert.Equal((50m, 70m), (change.OldIndicators!.Items[0].Targets.Single(t => t.Year == 2020).Value, change.NewIndicators!.Items[0].Targets.Single().Value));
    }
}
