namespace StrategyWorkspace.Tests.Domain;

public sealed class ProjectCallTests
{
    private static readonly DateTimeOffset Now = new(2018, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private static ProjectCall Running(IEnumerable<ProjectCall>? others = null) =>
        ProjectCall.Open("Проєкти на 2019–2020", 2019, 2020, "Запрошуємо", Now.AddDays(-1), Now.AddDays(30), "chair", Now, 2020, others ?? []);

    private static ProjectApplication Application(int start = 2019, int end = 2020, params FundingLine[] funding) =>
        new(" Центр послуг ", "Громада", null, null, "Мешканці", "Послуг на рік: 5000",
            new ProjectPlan("Послуги ближче", "Громада", "м. Сватове", new PlanPeriod(start), new PlanPeriod(end),
                funding.Length > 0 ? funding : [new FundingLine(FundingSource.LocalBudgets, 2019, 300m)]));

    [Fact]
    public void A_call_is_for_the_strategys_years_one_at_a_time_and_takes_proposals_only_while_open()
    {
        Assert.Equal("LastYear", Assert.Throws<InvalidInputException>(() =>
            ProjectCall.Open("Проєкти", 2019, 2021, "", Now, Now.AddDays(5), "chair", Now, 2020, [])).Field);
        Assert.Equal("Title", Assert.Throws<InvalidInputException>(() =>
            ProjectCall.Open("  ", 2019, 2020, "", Now, Now.AddDays(5), "chair", Now, 2020, [])).Field);
        var call = Running();
        Assert.Equal("Call_AnotherOpen", Assert.Throws<InvalidInputException>(() => Running([call])).MessageKey);
        Assert.Equal(CallStatus.Open, call.StatusAt(Now));

        call.Close("chair", Now.AddDays(1));

        Assert.Equal(CallStatus.Closed, call.StatusAt(Now.AddDays(1)));
        Assert.Throws<InvalidInputException>(() => call.Receive("ABCDEFGHJ", 10, 1, Application(), 2020, Now.AddDays(2)));
        Assert.Throws<WorkspaceRuleException>(() => call.Close("chair", Now.AddDays(2)));
    }

    [Fact]
    public void A_proposal_runs_within_the_calls_years_has_a_cost_and_is_kept_trimmed()
    {
        var call = Running();

        Assert.Equal("Project.Start", Assert.Throws<InvalidInputException>(() => call.Receive("R", 10, 1, Application(start: 2018,
            funding: new FundingLine(FundingSource.LocalBudgets, 2018, 1m)), 2020, Now)).Field);
        Assert.Equal("Project.Funding", Assert.Throws<InvalidInputException>(() => call.Receive("R", 10, 1,
            Application() with { Plan = new ProjectPlan("Послуги", "Громада", "Сватове", new PlanPeriod(2019), new PlanPeriod(2020), []) }, 2020, Now)).Field);
        Assert.Equal("TargetGroups", Assert.Throws<InvalidInputException>(() => call.Receive("R", 10, 1, Application() with { TargetGroups = " " }, 2020, Now)).Field);

        var proposal = call.Receive("ABCDEFGHJ", 10, 1, Application(), 2020, Now);

        Assert.Equal(("Центр послуг", ProjectProposalState.Submitted, 300m), (proposal.Title, proposal.State, proposal.Plan.Total));
    }

    [Fact]
    public void A_proposal_is_screened_once_returned_ones_come_back_corrected_while_the_call_is_open()
    {
        var call = Running();
        var proposal = call.Receive("ABCDEFGHJ", 10, 1, Application(), 2020, Now);

        Assert.Throws<InvalidInputException>(() => proposal.Return(" ", "member", Now));
        proposal.Return("Додайте кошторис", "member", Now);
        Assert.Throws<WorkspaceRuleException>(() => proposal.Accept(99, "member", Now));
        proposal.Resubmit(call, Application(funding: [new FundingLine(FundingSource.LocalBudgets, 2019, 300m), new FundingLine(FundingSource.StateBudget, 2020, 700m)]), 2020, Now);
        Assert.Equal((ProjectProposalState.Submitted, null, 1000m), (proposal.State, proposal.Reason, proposal.Plan.Total));

        proposal.Accept(99, "member", Now);

        Assert.Equal((ProjectProposalState.Accepted, 99), (proposal.State, proposal.ProjectItemId));
        Assert.Throws<WorkspaceRuleException>(() => proposal.Reject("Ні", "member", Now));
        Assert.Throws<WorkspaceRuleException>(() => proposal.Resubmit(call, Application(), 2020, Now));
    }
}
