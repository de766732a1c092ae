using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

/// <summary>Projects and measures: drafted under a task, their plan versioned with the text, merged into the edition's plan; on the real database.</summary>
public sealed class ProjectServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private DraftingService Drafting => app.Scoped<DraftingService>();
    private ItemReader Items => app.Scoped<ItemReader>();

    private static ProjectPlan Plan(decimal regional2019) => new("Нові робочі місця", "Департамент економічного розвитку", "м. Сєвєродонецьк",
        new PlanPeriod(2018), new PlanPeriod(2019, 4),
        [
            new FundingLine(FundingSource.RegionalBudget, 2018, 1500m), new FundingLine(FundingSource.RegionalBudget, 2019, regional2019),
            new FundingLine(FundingSource.InternationalAssistance, 2019, 3000m),
        ]);

    private async Task<(string Member, int TaskId)> NewTaskAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var task = await Drafting.CreateItemAsync(member, await app.GroupIdAsync(1), ItemKind.Task,
            new DraftInput { Title = Demo.Unique("Інвестиції"), Body = "Залучення інвестицій." }, []);
        return (member, task);
    }

    private async Task<(string Member, int TaskId, int ProjectId)> NewProjectAsync(ProjectPlan? plan = null)
    {
        var (member, task) = await NewTaskAsync();
        var id = await Drafting.CreateItemAsync(member, await app.GroupIdAsync(1), ItemKind.Project,
            new DraftInput { Title = Demo.Unique("Індустріальний парк"), Body = "Облаштування парку.", Project = plan ?? Plan(2500.5m) }, [task]);
        return (member, task, id);
    }

    [Fact]
    public async Task A_project_serves_at_least_one_task_and_keeps_serving_one()
    {
        var (member, task) = await NewTaskAsync();
        var group = await app.GroupIdAsync(1);

        var unlinked = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.CreateItemAsync(member, group, ItemKind.Project,
            new DraftInput { Title = Demo.Unique("Проєкт"), Body = "" }, []));
        Assert.Equal(("Links", "Project_ServesNoTask"), (unlinked.Field, unlinked.MessageKey));

        // Created from the dialog with its title and task alone, it waits for its plan in the editor.
        var id = await Drafting.CreateItemAsync(member, group, ItemKind.Project, new DraftInput { Title = Demo.Unique("Проєкт"), Body = "" }, [task]);
        Assert.True((await Items.GetItemAsync(member, id)).Latest.Project!.IsEmpty);
        var unlinking = await Assert.ThrowsAsync<InvalidInputException>(() => Drafting.SetLinksAsync(member, id, []));
        Assert.Equal("Project_ServesNoTask", unlinking.MessageKey);
    }

    [Fact]
    public async Task A_projects_plan_is_versioned_with_it_a_changed_amount_is_a_new_version_and_the_older_keeps_its_own()
    {
        var (member, _, id) = await NewProjectAsync();
        var latest = (await Items.GetItemAsync(member, id)).Latest;
        Assert.Equal(Plan(2500.5m).Checked(2020), latest.Project);
        Assert.Equal(7000.5m, latest.Project!.Total);

        Assert.IsType<SaveOutcome.Unchanged>(await Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = latest.Title, Body = latest.Body, Project = Plan(2500.50m) }));
        Assert.Equal(new SaveOutcome.Saved(2), await Drafting.SaveVersionAsync(member, id, 1,
            new DraftInput { Title = latest.Title, Body = latest.Body, Project = Plan(2000m) }));

        Assert.Equal(2000m, (await Items.GetVersionAsync(member, id, 2)).Project!.AmountOf(FundingSource.RegionalBudget, 2019));
        Assert.Equal(2500.5m, (await Items.GetVersionAsync(member, id, 1)).Project!.AmountOf(FundingSource.RegionalBudget, 2019));
        // A save that names no plan keeps the newest version's.
        await Drafting.SaveVersionAsync(member, id, 2, new DraftInput { Title = latest.Title, Body = "Облаштування всього парку." });
        Assert.Equal(6500m, (await Items.GetVersionAsync(member, id, 3)).Project!.Total);
    }

    [Fact]
    public async Task A_negative_amount_an_end_before_the_start_or_no_executors_is_refused_on_its_field_and_nothing_is_saved()
    {
        var (member, _, id) = await NewProjectAsync();
        var latest = (await Items.GetItemAsync(member, id)).Latest;
        var plan = Plan(1m);
        Task<SaveOutcome> Save(ProjectPlan typed) => Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = latest.Title, Body = "x", Project = typed });

        var negative = await Assert.ThrowsAsync<InvalidInputException>(() => Save(new ProjectPlan(plan.ExpectedResults, plan.Executors, plan.Territory, plan.Start, plan.End,
            [new FundingLine(FundingSource.StateBudget, 2018, -5m)])));
        var backwards = await Assert.ThrowsAsync<InvalidInputException>(() => Save(new ProjectPlan(plan.ExpectedResults, plan.Executors, plan.Territory,
            new PlanPeriod(2019), new PlanPeriod(2018), [])));
        var nobody = await Assert.ThrowsAsync<InvalidInputException>(() => Save(new ProjectPlan(plan.ExpectedResults, "", plan.Territory, plan.Start, plan.End, [])));
        var beyond = await Assert.ThrowsAsync<InvalidInputException>(() => Save(new ProjectPlan(plan.ExpectedResults, plan.Executors, plan.Territory,
            plan.Start, new PlanPeriod(2025), [])));

        Assert.Equal(("Project.Funding[0].Amount", "Project_NegativeAmount"), (negative.Field, negative.MessageKey));
        Assert.Equal(("Project.End", "Project_EndBeforeStart"), (backwards.Field, backwards.MessageKey));
        Assert.Equal(("Project.Executors", "Project_ExecutorsRequired"), (nobody.Field, nobody.MessageKey));
        Assert.Equal(("Project.End", "Project_YearOutsideStrategy"), (beyond.Field, beyond.MessageKey));
        Assert.Equal(1, (await Items.GetItemAsync(member, id)).Latest.Number);
    }

    [Fact]
    public async Task A_member_of_another_group_or_an_expert_cannot_create_or_change_a_groups_project()
    {
        var (member, task, id) = await NewProjectAsync();
        var group = await app.GroupIdAsync(1);
        var input = new DraftInput { Title = Demo.Unique("Чужий проєкт"), Body = "", Project = Plan(1m) };

        foreach (var outsider in new[] { await app.UserIdAsync(Demo.Social), await app.UserIdAsync(Demo.Expert) })
        {
            await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.CreateItemAsync(outsider, group, ItemKind.Project, input, [task]));
            await Assert.ThrowsAsync<ActionRefusedException>(() => Drafting.SaveVersionAsync(outsider, id, 1, input));
            await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<WorkingCopyService>().SaveAsync(outsider, id, 1, "x", "y", project: Plan(1m)));
        }
        Assert.Equal(1, (await Items.GetItemAsync(member, id)).Latest.Number);
    }

    [Fact]
    public async Task The_working_copy_keeps_a_plan_as_typed_even_unfinished()
    {
        var (member, _, id) = await NewProjectAsync();
        var typing = new ProjectPlan("", "Департамент", "", new PlanPeriod(2018), new PlanPeriod(null), [new FundingLine(FundingSource.Other, null, null)]);

        await app.Scoped<WorkingCopyService>().SaveAsync(member, id, 1, "Назва", "Текст", project: typing);

        Assert.Equal(typing, (await app.Scoped<WorkingCopyService>().GetAsync(member, id))!.Project);
    }

    [Fact]
    public async Task Merged_the_project_is_in_the_editions_plan_and_the_comparison_shows_the_changed_amount()
    {
        var (member, task, id) = await NewProjectAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        var review = app.Scoped<ReviewService>();
        var consolidation = app.Scoped<ConsolidationService>();
        async Task<int> ApproveAndMergeAsync(int item, int number)
        {
            await review.SubmitAsync(member, item, number, null);
            await review.ApproveAsync(chair, item, number, null);
            var plan = await consolidation.GetMergePlanAsync(chair);
            return await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([item]), null);
        }
        await ApproveAndMergeAsync(task, 1);
        var first = await ApproveAndMergeAsync(id, 1);
        var title = (await Items.GetItemAsync(member, id)).Latest.Title;
        await Drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = title, Body = "Облаштування парку.", Project = Plan(2000m) });
        var second = await ApproveAndMergeAsync(id, 2);

        var document = (await app.Scoped<EditionReader>().GetDocumentAsync(chair, first))!;
        var held = document.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).Single(i => i.ItemId == id);
        Assert.Equal(7000.5m, held.Project!.Total);
        var lines = ImplementationPlan.Of(document, app.Service<Microsoft.Extensions.Localization.IStringLocalizer<StrategyWorkspace.Resources.SharedResource>>()).Lines;
        var at = lines.ToList().FindIndex(l => l.Project.EndsWith(title, StringComparison.Ordinal));
        Assert.Equal(PlanLineKind.Project, lines[at].Kind);
        Assert.Equal(7000.5m, lines.Skip(at).First(l => l.Kind == PlanLineKind.TaskTotal).Total);

        var change = (await app.Scoped<EditionReader>().CompareAsync(chair, first, second)).Changes.Single(c => c.ItemId == id);
        Assert.Equal((2500.5m, 2000m), (change.OldProject!.AmountOf(FundingSource.RegionalBudget, 2019), change.NewProject!.AmountOf(FundingSource.RegionalBudget, 2019)));
    }

    [Fact]
    public async Task The_plans_own_read_holds_goals_tasks_and_projects_without_bodies_and_gives_the_same_plan_as_the_whole_edition()
    {
        var (member, task, id) = await NewProjectAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        foreach (var item in new[] { task, id })
        {
            await app.Scoped<ReviewService>().SubmitAsync(member, item, 1, null);
            await app.Scoped<ReviewService>().ApproveAsync(chair, item, 1, null);
        }
        var consolidation = app.Scoped<ConsolidationService>();
        var merge = await consolidation.GetMergePlanAsync(chair);
        var edition = await consolidation.MergeAsync(chair, merge.CurrentEdition, merge.Choose([task, id]), null);
        var editions = app.Scoped<EditionReader>();
        var localizer = app.Service<Microsoft.Extensions.Localization.IStringLocalizer<StrategyWorkspace.Resources.SharedResource>>();

        var planOnly = (await editions.GetPlanDocumentAsync(member, edition))!;

        var items = planOnly.Groups.SelectMany(g => g.Sections).SelectMany(s => s.Items).ToList();
        Assert.All(items, i => Assert.Contains(i.Kind, new[] { ItemKind.Goal, ItemKind.Task, ItemKind.Project }));
        Assert.All(items, i => Assert.Equal("", i.Body));
        Assert.Equal(7000.5m, items.Single(i => i.ItemId == id).Project!.Total);
        var whole = ImplementationPlan.Of((await editions.GetDocumentAsync(member, edition))!, localizer);
        Assert.Equal(whole.Lines, ImplementationPlan.Of(planOnly, localizer).Lines, (a, b) => a.Project == b.Project && a.Total == b.Total && a.Task == b.Task);
        await Assert.ThrowsAsync<ActionRefusedException>(() => editions.GetPlanDocumentAsync(null, edition));
    }
}
