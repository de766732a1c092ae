using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

/// <summary>A goal's level, priority and condition, versioned with its text, on the real database.</summary>
public sealed class GoalTraitsServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private static readonly GoalTraits Conditional =
        new(GoalLevel.Operational, 2, "Після ухвалення закону про децентралізацію", new DateOnly(2017, 12, 31));

    private readonly WorkspaceFactory app = fixture.App;
    private DraftingService Drafting => app.Scoped<DraftingService>();
    private ItemReader Items => app.Scoped<ItemReader>();

    private async Task<(string Member, int ItemId)> NewGoalAsync(GoalTraits? goal = null)
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var id = await Drafting.CreateItemAsync(member, await app.GroupIdAsync(1), ItemKind.Goal,
            new DraftInput { Title = Demo.Unique("Ціль"), Body = "Опис", Goal = goal }, []);
        return (member, id);
    }

    [Fact]
    public async Task A_goal_keeps_its_traits_with_each_version_and_the_group_page_shows_them()
    {
        var (member, id) = await NewGoalAsync(Conditional);

        Assert.Equal(Conditional, (await Items.GetItemAsync(member, id)).Latest.Goal);
        // A save that names no traits keeps the newest version's.
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = "Інша назва", Body = "Опис" });
        var second = await Items.GetVersionAsync(member, id, 2);
        Assert.Equal(Conditional, second.Goal);
        var row = (await Drafting.GetGroupItemsAsync(member, await app.GroupIdAsync(1))).ByKind[ItemKind.Goal].Single(r => r.Id == id);
        Assert.Equal(Conditional, row.Goal);
    }

    [Fact]
    public async Task A_change_of_priority_alone_is_a_new_version_and_the_same_traits_again_are_not()
    {
        var (member, id) = await NewGoalAsync();
        var item = await Items.GetItemAsync(member, id);

        Assert.IsType<SaveOutcome.Unchanged>(await Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = item.Latest.Title, Body = "Опис", Goal = GoalTraits.Default }));
        var saved = await Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = item.Latest.Title, Body = "Опис", Goal = GoalTraits.Default with { Priority = 1 } });

        Assert.Equal(new SaveOutcome.Saved(2), saved);
        Assert.Equal(1, (await Items.GetVersionAsync(member, id, 2)).Goal!.Priority);
        Assert.Null((await Items.GetVersionAsync(member, id, 1)).Goal!.Priority);
    }

    [Fact]
    public async Task Bad_traits_are_refused_on_their_field_and_nothing_is_saved()
    {
        var (member, id) = await NewGoalAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = "Ціль", Body = "", Goal = new GoalTraits(GoalLevel.Strategic, 5) }));

        Assert.Equal(nameof(GoalTraits.Priority), refused.Field);
        Assert.Equal(1, (await Items.GetItemAsync(member, id)).Latest.Number);
    }

    [Fact]
    public async Task Someone_else_s_save_meanwhile_keeps_the_author_s_changed_traits_and_takes_theirs_otherwise()
    {
        var (member, id) = await NewGoalAsync();
        var admin = await app.UserIdAsync(Demo.Admin);
        var title = (await Items.GetItemAsync(member, id)).Latest.Title;
        await Drafting.SaveVersionAsync(admin, id, 1, new DraftInput { Title = title, Body = "Опис секретаріату", Goal = Conditional });

        var mineUnchanged = await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = title, Body = "Мій опис", Goal = GoalTraits.Default });
        var mineChanged = await Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = title, Body = "Мій опис", Goal = GoalTraits.Default with { Priority = 3 } });

        Assert.Equal(Conditional, Assert.IsType<SaveOutcome.NeedsMerge>(mineUnchanged).Merge.Goal);
        Assert.Equal(3, Assert.IsType<SaveOutcome.NeedsMerge>(mineChanged).Merge.Goal!.Priority);
    }

    [Fact]
    public async Task The_working_copy_keeps_the_traits_as_typed()
    {
        var (member, id) = await NewGoalAsync();

        await app.Scoped<WorkingCopyService>().SaveAsync(member, id, 1, "Ціль", "Набране", Conditional);

        Assert.Equal(Conditional, (await app.Scoped<WorkingCopyService>().GetAsync(member, id))!.Goal);
    }

    [Fact]
    public async Task The_edition_holds_the_traits_of_the_version_it_holds()
    {
        var (member, id) = await NewGoalAsync(Conditional);
        var chair = await app.UserIdAsync(Demo.Chair);
        await app.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        await app.Scoped<ReviewService>().ApproveAsync(chair, id, 1, null);
        var consolidation = app.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([id]), null);

        var document = await app.Scoped<EditionReader>().GetDocumentAsync(chair);
        var entry = document!.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Single(i => i.ItemId == id);
        Assert.Equal(Conditional, entry.Goal);

        // A new priority alone: the chair's merge screen and the comparison of editions show both sides.
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = entry.Title, Body = entry.Body, Goal = Conditional with { Priority = 1 } });
        await app.Scoped<ReviewService>().SubmitAsync(member, id, 2, null);
        await app.Scoped<ReviewService>().ApproveAsync(chair, id, 2, null);
        var next = await consolidation.GetMergePlanAsync(chair);
        var candidate = next.Candidates.Single(c => c.ItemId == id);
        Assert.Equal((2, 1), (candidate.OldGoal!.Priority, candidate.NewGoal!.Priority));
        await consolidation.MergeAsync(chair, next.CurrentEdition, next.Choose([id]), null);
        var compared = await app.Scoped<EditionReader>().CompareAsync(chair, next.CurrentEdition, next.CurrentEdition + 1);
        Assert.Equal((2, 1), (compared.Changes.Single(c => c.ItemId == id).OldGoal!.Priority, compared.Changes.Single(c => c.ItemId == id).NewGoal!.Priority));
    }

    [Fact]
    public async Task An_operational_goal_serves_a_strategic_goal_and_the_item_and_edition_name_it()
    {
        var (member, strategic) = await NewGoalAsync(GoalTraits.Default with { Priority = 1 });
        var (_, operational) = await NewGoalAsync(new GoalTraits(GoalLevel.Operational, ServesGoalId: strategic));

        var served = (await Items.GetItemAsync(member, operational)).Latest.ServesGoal;
        Assert.Equal(strategic, served!.Id);
        Assert.Contains(await Drafting.StrategicGoalsAsync(member), g => g.Id == strategic);
        Assert.DoesNotContain(await Drafting.StrategicGoalsAsync(member), g => g.Id == operational);

        var chair = await app.UserIdAsync(Demo.Chair);
        foreach (var id in new[] { strategic, operational })
        {
            await app.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
            await app.Scoped<ReviewService>().ApproveAsync(chair, id, 1, null);
        }
        var consolidation = app.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([strategic, operational]), null);
        var document = await app.Scoped<EditionReader>().GetDocumentAsync(chair);
        var entry = document!.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Single(i => i.ItemId == operational);
        Assert.Equal(strategic, entry.ServesGoal!.ItemId);
    }

    [Fact]
    public async Task A_goal_serves_only_another_strategic_goal_and_only_when_operational()
    {
        var (member, strategic) = await NewGoalAsync();
        var (_, operational) = await NewGoalAsync(new GoalTraits(GoalLevel.Operational));
        var problem = await Drafting.CreateItemAsync(member, await app.GroupIdAsync(1), ItemKind.Problem, new DraftInput { Title = Demo.Unique("Проблема") }, []);

        foreach (var target in new[] { problem, operational, strategic + 1_000_000 })
        {
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.SaveVersionAsync(member, operational, 1,
                new DraftInput { Title = "Ціль", Goal = new GoalTraits(GoalLevel.Operational, ServesGoalId: target) }));
            Assert.Equal(("ServesGoalId", "Goal_ServesNotStrategic"), (refused.Field, refused.MessageKey));
        }
        var strategicServing = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.SaveVersionAsync(member, strategic, 1,
            new DraftInput { Title = "Ціль", Goal = new GoalTraits(GoalLevel.Strategic, ServesGoalId: strategic) }));
        Assert.Equal("ServesGoalId", strategicServing.Field);
    }
}
