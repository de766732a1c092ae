using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>The adopted plan's projects as they are carried out, reported by the owning group; tasks' and goals' progress computed; on the real database.</summary>
public sealed class ProgressServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private ProgressService Progress => app.Scoped<ProgressService>();

    internal sealed record AdoptedPlan(int GoalId, Indicator GoalIndicator, int TaskId, int SmallProjectId, int LargeProjectId, string GoalTitle, string SmallProjectTitle);

    private static ProjectPlan Plan(int year, decimal amount) => new("Результати", "Департамент економічного розвитку", "Область",
        new PlanPeriod(2018), new PlanPeriod(2020), [new FundingLine(FundingSource.RegionalBudget, year, amount)]);

    /// <summary>
    /// The economy group's goal (with an indicator), a task serving it, and two projects serving the task (planned 1,000 in 2018 and
    /// 3,000 in 2019), approved, merged into a new edition and adopted.
    /// </summary>
    internal static async Task<AdoptedPlan> AdoptedPlanAsync(WorkspaceFactory app)
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var chair = await app.UserIdAsync(Demo.Chair);
        var drafting = app.Scoped<DraftingService>();
        var group = await app.GroupIdAsync(1);
        var indicators = MonitoringServiceTests.Roads();
        var goalTitle = Demo.Unique("Конкурентоспроможна економіка");
        var goal = await drafting.CreateItemAsync(member, group, ItemKind.Goal, new DraftInput { Title = goalTitle, Body = "Ціль.", Indicators = indicators }, []);
        var task = await drafting.CreateItemAsync(member, group, ItemKind.Task, new DraftInput { Title = Demo.Unique("Інвестиції"), Body = "Завдання." }, [goal]);
        var smallTitle = Demo.Unique("Бізнес-центр");
        var small = await drafting.CreateItemAsync(member, group, ItemKind.Project,
            new DraftInput { Title = smallTitle, Body = "Проєкт.", Project = Plan(2018, 1000m) }, [task]);
        var large = await drafting.CreateItemAsync(member, group, ItemKind.Project,
            new DraftInput { Title = Demo.Unique("Індустріальний парк"), Body = "Проєкт.", Project = Plan(2019, 3000m) }, [task]);
        var review = app.Scoped<ReviewService>();
        foreach (var id in new[] { goal, task, small, large })
        {
            await review.SubmitAsync(member, id, 1, null);
            await review.ApproveAsync(chair, id, 1, null);
        }
        var consolidation = app.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        var edition = await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose([goal, task, small, large]), null);
        await consolidation.AdoptAsync(chair, edition, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), "Рішення обласної ради № 46/3");
        return new AdoptedPlan(goal, indicators.Items[0], task, small, large, goalTitle, smallTitle);
    }

    private static ProgressInput Report(int itemId, ProjectStatus status, int percent, Guid? token = null, string? note = null, params SpentInput[] spent) =>
        new(itemId, status, percent, spent, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), note, token);

    private static ProgressProject Project(ProgressBoard board, int itemId) => board.Groups.SelectMany(g => g.Projects).Single(p => p.ItemId == itemId);

    [Fact]
    public async Task Projects_stand_under_their_task_and_goal_and_progress_is_weighted_by_the_planned_amount()
    {
        var plan = await AdoptedPlanAsync(app);
        var member = await app.UserIdAsync(Demo.Economy);

        await Progress.ReportAsync(member, Report(plan.SmallProjectId, ProjectStatus.InProgress, 50));
        await Progress.ReportAsync(member, Report(plan.LargeProjectId, ProjectStatus.Done, 100));
        var board = await Progress.GetBoardAsync(member);

        var group = board.Groups.Single(g => g.Goals.Any(goal => goal.ItemId == plan.GoalId));
        Assert.True(group.CanReport);
        var goal = group.Goals.Single(g => g.ItemId == plan.GoalId);
        var task = goal.Tasks.Single(t => t.ItemId == plan.TaskId);
        Assert.Equal([plan.SmallProjectId, plan.LargeProjectId], task.Projects.Select(p => p.ItemId));
        // (1,000 × 50 + 3,000 × 100) / 4,000
        Assert.Equal(87.5m, task.Progress);
        Assert.Equal(87.5m, goal.Progress);
        Assert.Equal([Standing.NoData], goal.Indicators);
        var money = MoneyTable.Of(task.Projects);
        Assert.Equal([2018, 2019], money.Years);
        Assert.Equal((FundingSource.RegionalBudget, 1000m, 3000m, 0m), money.Rows.Single() is var row ? (row.Source, row.PlannedByYear[0], row.PlannedByYear[1], row.Spent) : default);
        Assert.Equal(group.Projects.Sum(p => p.Planned), group.Money.Planned);
        Assert.False((await Progress.GetBoardAsync(await app.UserIdAsync(Demo.Social))).Groups.Single(g => g.GroupId == group.GroupId).CanReport);
    }

    [Fact]
    public async Task A_report_replaces_the_money_spent_leaves_a_dated_note_and_spending_over_the_plan_is_flagged()
    {
        var plan = await AdoptedPlanAsync(app);
        var member = await app.UserIdAsync(Demo.Economy);

        await Progress.ReportAsync(member, Report(plan.SmallProjectId, ProjectStatus.InProgress, 40, null, "Розпочато будівництво",
            new SpentInput(FundingSource.RegionalBudget, 2018, 600m)));
        var first = Project(await Progress.GetBoardAsync(member), plan.SmallProjectId);
        await Progress.ReportAsync(member, Report(plan.SmallProjectId, ProjectStatus.InProgress, 70, first.Token, "Подорожчали матеріали",
            new SpentInput(FundingSource.RegionalBudget, 2018, 900m), new SpentInput(FundingSource.RegionalBudget, 2018, 300m),
            new SpentInput(FundingSource.LocalBudgets, 2019, 50m)));

        var project = Project(await Progress.GetBoardAsync(member), plan.SmallProjectId);
        Assert.Equal((ProjectStatus.InProgress, 70), (project.Status, project.Percent));
        Assert.Equal([new SpentLine(FundingSource.RegionalBudget, 2018, 1200m), new SpentLine(FundingSource.LocalBudgets, 2019, 50m)], project.Spent);
        Assert.True(project.OverPlan);
        Assert.Equal("Подорожчали матеріали", project.LatestNote!.Text);
        var notes = await Progress.GetNotesAsync(member, plan.SmallProjectId);
        Assert.Equal([("Подорожчали матеріали", 70), ("Розпочато будівництво", 40)], notes.Select(n => (n.Text!, n.Percent)));
        Assert.All(notes, n => Assert.NotEmpty(n.WrittenBy));
    }

    [Fact]
    public async Task A_report_over_one_made_meanwhile_is_refused_and_the_newer_report_stays()
    {
        var plan = await AdoptedPlanAsync(app);
        var member = await app.UserIdAsync(Demo.Economy);
        await Progress.ReportAsync(member, Report(plan.LargeProjectId, ProjectStatus.InProgress, 10));
        var seen = Project(await Progress.GetBoardAsync(member), plan.LargeProjectId).Token;
        await Progress.ReportAsync(await app.UserIdAsync(Demo.Admin), Report(plan.LargeProjectId, ProjectStatus.Suspended, 20, seen));

        var stale = await Assert.ThrowsAsync<StaleDataException>(() => Progress.ReportAsync(member, Report(plan.LargeProjectId, ProjectStatus.InProgress, 30, seen)));
        // A first report from a page that saw none, while someone reported: refused too.
        await Assert.ThrowsAsync<StaleDataException>(() => Progress.ReportAsync(member, Report(plan.LargeProjectId, ProjectStatus.InProgress, 30)));

        Assert.Equal("Progress_ChangedMeanwhile", stale.MessageKey);
        Assert.Equal((ProjectStatus.Suspended, 20), Project(await Progress.GetBoardAsync(member), plan.LargeProjectId) is var p ? (p.Status, p.Percent) : default);
    }

    [Fact]
    public async Task Another_groups_member_an_expert_the_chair_and_a_visitor_are_refused_and_bad_input_is_refused_on_its_field()
    {
        var plan = await AdoptedPlanAsync(app);
        var input = Report(plan.SmallProjectId, ProjectStatus.InProgress, 10);
        foreach (var outsider in new[] { Demo.Social, Demo.Expert, Demo.Chair })
        {
            var outsiderId = await app.UserIdAsync(outsider);
            await Assert.ThrowsAsync<ActionRefusedException>(() => Progress.ReportAsync(outsiderId, input));
        }
        await Assert.ThrowsAsync<ActionRefusedException>(() => Progress.ReportAsync(null, input));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Progress.GetBoardAsync(null));

        var member = await app.UserIdAsync(Demo.Economy);
        async Task<string> FieldOf(ProgressInput bad) => (await Assert.ThrowsAsync<InvalidInputException>(() => Progress.ReportAsync(member, bad))).Field;
        Assert.Equal("Percent", await FieldOf(input with { Percent = 101 }));
        Assert.Equal("Percent", await FieldOf(input with { Status = ProjectStatus.Done, Percent = 90 }));
        Assert.Equal("Spent[0].Year", await FieldOf(input with { Spent = [new SpentInput(FundingSource.RegionalBudget, DateTime.UtcNow.Year + 2, 5m)] }));
        Assert.Equal("Spent[0].Amount", await FieldOf(input with { Spent = [new SpentInput(FundingSource.RegionalBudget, 2018, -5m)] }));
        Assert.Equal("NoteOn", await FieldOf(input with { NoteOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)) }));
        // A goal is not a project: nothing to report on.
        await Assert.ThrowsAsync<NotFoundException>(() => Progress.ReportAsync(member, input with { ItemId = plan.GoalId }));
        Assert.Null(Project(await Progress.GetBoardAsync(member), plan.SmallProjectId).Token);
    }

    [Fact]
    public async Task A_goals_indicators_are_counted_on_track_or_behind_from_their_latest_value()
    {
        var plan = await AdoptedPlanAsync(app);
        var member = await app.UserIdAsync(Demo.Economy);
        // Baseline 12 (2015), target 30 for 2018: 2017 is expected at 24.
        await app.Scoped<MonitoringService>().RecordAsync(member,
            new ValueInput(plan.GoalId, plan.GoalIndicator.Key, new MonitoringPeriod(2017), 20m, "Служба автомобільних доріг", null, null));

        var goal = (await Progress.GetBoardAsync(member)).Groups.SelectMany(g => g.Goals).Single(g => g.ItemId == plan.GoalId);

        Assert.Equal([Standing.Behind], goal.Indicators);
    }
}
