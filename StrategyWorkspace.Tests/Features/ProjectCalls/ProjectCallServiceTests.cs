using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.ProjectCalls;
using StrategyWorkspace.Tests.Features.Monitoring;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.ProjectCalls;

/// <summary>Calls for project proposals on the real database: the chair opens one, anyone proposes, the task's group screens.</summary>
public sealed class ProjectCallServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    /// <summary>An adopted plan and an open call for 2018–2020, the one call there is (an earlier test's is closed first).</summary>
    internal static async Task<(ProgressServiceTests.AdoptedPlan Plan, int CallId)> OpenCallAsync(WorkspaceFactory app)
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(app);
        var chair = await app.UserIdAsync(Demo.Chair);
        var calls = app.Scoped<CallService>();
        foreach (var open in (await calls.ListAsync(chair)).Where(c => c.Status != CallStatus.Closed))
        {
            await calls.CloseAsync(chair, open.Id);
        }
        var today = DateTime.UtcNow.Date;
        var id = await calls.OpenAsync(chair, new OpenCallInput
        {
            Title = Demo.Unique("Проєкти на 2018–2020"), FirstYear = 2018, LastYear = 2020, FirstDay = today.AddDays(-1), LastDay = today.AddDays(30),
            Introduction = "Запрошуємо громади.",
        });
        return (plan, id);
    }

    internal static ProjectProposalInput Proposal(int taskId, string title = "Центр надання адмінпослуг") => new()
    {
        Task = taskId, Title = title, Applicant = "Сватівська міська рада", ContactName = "Ірина", Email = "iryna@example.org",
        Territory = "м. Сватове", TargetGroups = "Мешканці громади", StartYear = "2019", EndYear = "2020",
        Funding = [new FundingInput { Source = FundingSource.LocalBudgets, Year = "2019", Amount = "300" }, new FundingInput { Source = FundingSource.StateBudget, Year = "2020", Amount = "700" },
            new FundingInput(), new FundingInput(), new FundingInput()],
        ExpectedResults = "Послуги ближче до людей", Indicators = "Кількість послуг на рік: 0 → 5000", Consent = true,
    };

    [Fact]
    public async Task A_visitor_proposes_a_project_for_a_task_and_the_tasks_group_takes_it_into_the_plan_as_a_draft_project_serving_the_task()
    {
        var (plan, callId) = await OpenCallAsync(app);
        var applicants = app.Scoped<ApplicantService>();

        var reference = await applicants.SendAsync(Proposal(plan.TaskId));

        var status = await applicants.StatusAsync(reference.ToLowerInvariant().Insert(3, "-"));
        Assert.Equal((ProjectProposalState.Submitted, 1000m), (status!.State, status.Application.Plan.Total));
        var member = await app.UserIdAsync(Demo.Economy);
        var card = Assert.Single(await app.Scoped<ScreeningService>().ListAsync(member), c => c.Reference == reference);
        Assert.Empty(await app.Scoped<ScreeningService>().ListAsync(await app.UserIdAsync(Demo.Social)));
        var social = await app.UserIdAsync(Demo.Social);
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ScreeningService>().AcceptAsync(social, card.Id));

        var projectId = await app.Scoped<ScreeningService>().AcceptAsync(member, card.Id);

        var project = await app.Scoped<StrategyWorkspace.Items.ItemReader>().GetItemAsync(member, projectId);
        Assert.Equal((ItemKind.Project, "Центр надання адмінпослуг"), (project.Kind, project.Latest.Title));
        Assert.Contains(project.LinksTo, l => l.Id == plan.TaskId);
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.True(await db.ItemLinks.AnyAsync(l => l.FromItemId == projectId && l.ToItemId == plan.TaskId));
        var version = await db.ItemVersions.SingleAsync(v => v.ItemId == projectId);
        Assert.Equal((1000m, "Сватівська міська рада", 2019), (version.Project!.Total, version.Project.Executors, version.Project.Start.Year));
        Assert.Contains("Мешканці громади", version.Body);
        Assert.Equal((ProjectProposalState.Accepted, projectId), ((await applicants.StatusAsync(reference))!.State, (await db.ProjectProposals.SingleAsync(p => p.Reference == reference)).ProjectItemId));

        // Once: a second acceptance is refused and leaves no second project behind.
        var projects = await db.Items.CountAsync(i => i.Kind == ItemKind.Project);
        await Assert.ThrowsAsync<WorkspaceRuleException>(() => app.Scoped<ScreeningService>().AcceptAsync(member, card.Id));
        Assert.Equal(projects, await db.Items.CountAsync(i => i.Kind == ItemKind.Project));
        var line = Assert.Single((await applicants.SummaryAsync(callId))!.Lines);
        Assert.Equal(("Сватівська міська рада", ProjectProposalState.Accepted), (line.Applicant, line.State));
        Assert.NotNull(line.ProjectNumber);
    }

    [Fact]
    public async Task A_returned_proposal_is_corrected_and_sent_again_a_rejected_one_shows_nothing_typed_in_the_summary()
    {
        var (plan, callId) = await OpenCallAsync(app);
        var applicants = app.Scoped<ApplicantService>();
        var screening = app.Scoped<ScreeningService>();
        var member = await app.UserIdAsync(Demo.Economy);
        var returned = await applicants.SendAsync(Proposal(plan.TaskId, "Ремонт школи"));
        var rejected = await applicants.SendAsync(Proposal(plan.TaskId, "Купуйте дешеві годинники"));
        var waiting = await applicants.SendAsync(Proposal(plan.TaskId, "Ще не розглянуто"));
        var cards = await screening.ListAsync(member);

        await Assert.ThrowsAsync<InvalidInputException>(() => screening.ReturnAsync(member, cards.Single(c => c.Reference == returned).Id, "  "));
        await screening.ReturnAsync(member, cards.Single(c => c.Reference == returned).Id, "Додайте кошторис");
        await screening.RejectAsync(member, cards.Single(c => c.Reference == rejected).Id, "Не стосується Стратегії");

        var status = await applicants.StatusAsync(returned);
        Assert.Equal((ProjectProposalState.Returned, "Додайте кошторис", true), (status!.State, status.Reason, status.CanResubmit));
        var form = (await applicants.ReturnedFormAsync(returned))!;
        Assert.Equal(("Ремонт школи", 1000m), (form.Title, form.Funding.Sum(f => decimal.Parse(f.Amount ?? "0", System.Globalization.CultureInfo.InvariantCulture))));
        form.Funding[2] = new FundingInput { Source = FundingSource.RegionalBudget, Year = "2020", Amount = "250,0" };
        form.Consent = true;
        await applicants.ResubmitAsync(returned, form);
        Assert.Equal((ProjectProposalState.Submitted, 1250m), ((await applicants.StatusAsync(returned))!.State, (await applicants.StatusAsync(returned))!.Application.Plan.Total));
        await Assert.ThrowsAsync<WorkspaceRuleException>(() => applicants.ResubmitAsync(rejected, form));

        var summary = (await applicants.SummaryAsync(callId))!;
        Assert.Equal(3, summary.Call.Counts.Total);
        Assert.All(summary.Lines.Where(l => l.Reference != returned), l => Assert.Null(l.Title));
        Assert.Equal("Не стосується Стратегії", summary.Lines.Single(l => l.Reference == rejected).Reason);
        Assert.Equal(ProjectProposalState.Submitted, summary.Lines.Single(l => l.Reference == waiting).State);
    }

    [Fact]
    public async Task What_the_form_gets_wrong_is_refused_on_its_field_and_a_closed_call_takes_nothing()
    {
        var (plan, callId) = await OpenCallAsync(app);
        var applicants = app.Scoped<ApplicantService>();

        var outside = Proposal(plan.TaskId);
        outside.EndYear = "2021";
        outside.Funding[1].Year = "2021";
        Assert.Equal("Project.End", (await Assert.ThrowsAsync<InvalidInputException>(() => applicants.SendAsync(outside))).Field);
        var noCost = Proposal(plan.TaskId);
        noCost.Funding = [new FundingInput(), new FundingInput()];
        Assert.Equal("Project.Funding", (await Assert.ThrowsAsync<InvalidInputException>(() => applicants.SendAsync(noCost))).Field);
        var yearOutside = Proposal(plan.TaskId);
        yearOutside.Funding[0].Year = "2018";
        Assert.Equal("Project.Funding[0].Year", (await Assert.ThrowsAsync<InvalidInputException>(() => applicants.SendAsync(yearOutside))).Field);
        var notATask = Proposal(plan.GoalId);
        Assert.Equal("Task", (await Assert.ThrowsAsync<InvalidInputException>(() => applicants.SendAsync(notATask))).Field);
        var hostile = Proposal(plan.TaskId, "<script>alert(1)</script>");
        var reference = await applicants.SendAsync(hostile);
        Assert.Equal("<script>alert(1)</script>", (await applicants.StatusAsync(reference))!.Application.Title);

        var chair = await app.UserIdAsync(Demo.Chair);
        var economy = await app.UserIdAsync(Demo.Economy);
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<CallService>().CloseAsync(economy, callId));
        await app.Scoped<CallService>().CloseAsync(chair, callId);

        Assert.Equal("Call_NotOpen", (await Assert.ThrowsAsync<InvalidInputException>(() => applicants.SendAsync(Proposal(plan.TaskId)))).MessageKey);
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<CallService>().OpenAsync(economy, new OpenCallInput
        {
            Title = "Ні", FirstYear = 2019, LastYear = 2020, FirstDay = DateTime.UtcNow.Date, LastDay = DateTime.UtcNow.Date.AddDays(5),
        }));
    }

    [Fact]
    public async Task Two_members_screening_one_proposal_at_once_the_second_is_refused_not_written_over_the_first()
    {
        var (plan, _) = await OpenCallAsync(app);
        var reference = await app.Scoped<ApplicantService>().SendAsync(Proposal(plan.TaskId, "Двічі"));
        var member = await app.UserIdAsync(Demo.Economy);
        var card = (await app.Scoped<ScreeningService>().ListAsync(member)).Single(c => c.Reference == reference);

        var outcomes = await Task.WhenAll(
            Outcome(() => app.Scoped<ScreeningService>().ReturnAsync(member, card.Id, "Перше")),
            Outcome(() => app.Scoped<ScreeningService>().RejectAsync(member, card.Id, "Друге")));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is StaleDataException or WorkspaceRuleException);
        var status = (await app.Scoped<ApplicantService>().StatusAsync(reference))!;
        Assert.Equal(outcomes[0] is null ? "Перше" : "Друге", status.Reason);
    }

    private static async Task<Exception?> Outcome(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
