namespace StrategyWorkspace.Tests.Domain;

public sealed class ProjectPlanTests
{
    private const int Horizon = 2020;

    private static ProjectPlan Park(params FundingLine[] funding) =>
        new("Нові робочі місця", "Департамент економічного розвитку", "м. Сєвєродонецьк", new PlanPeriod(2017, 3), new PlanPeriod(2019),
            funding.Length > 0 ? funding :
            [
                new FundingLine(FundingSource.RegionalBudget, 2018, 1500m), new FundingLine(FundingSource.RegionalBudget, 2019, 2500.5m),
                new FundingLine(FundingSource.InternationalAssistance, 2018, 3000m), new FundingLine(FundingSource.InternationalAssistance, 2019, 0.1m),
            ]);

    [Fact]
    public void Totals_add_up_exactly_by_source_by_year_and_in_all()
    {
        // 0.1 added in floating point would not be exact: decimal is.
        var plan = Park().Checked(Horizon);

        Assert.Equal(7000.6m, plan.Total);
        Assert.Equal(4000.5m, plan.TotalOf(FundingSource.RegionalBudget));
        Assert.Equal(3000.1m, plan.TotalOf(FundingSource.InternationalAssistance));
        Assert.Equal(4500m, plan.AmountOf(FundingSource.RegionalBudget, 2018) + plan.AmountOf(FundingSource.InternationalAssistance, 2018));
        Assert.Equal([2018, 2019], plan.Years);
        Assert.Equal([FundingSource.RegionalBudget, FundingSource.InternationalAssistance], plan.Sources);
    }

    [Fact]
    public void A_plan_says_the_same_after_the_json_column_and_equal_amounts_make_equal_plans()
    {
        var plan = Park().Checked(Horizon);

        Assert.Equal(plan, ProjectPlan.FromJson(plan.AsJson));
        Assert.Equal(Park(new FundingLine(FundingSource.Other, 2018, 12.50m)), Park(new FundingLine(FundingSource.Other, 2018, 12.5m)));
        Assert.NotEqual(Park(new FundingLine(FundingSource.Other, 2018, 12m)), Park(new FundingLine(FundingSource.Other, 2018, 12.5m)));
        Assert.True(ProjectPlan.FromJson("").IsEmpty);
        Assert.Equal("", ProjectPlan.Empty.AsJson);
    }

    [Fact]
    public void Checking_trims_the_texts_and_adds_lines_of_one_source_and_year_into_one_in_order()
    {
        var typed = new ProjectPlan(" результати ", "  виконавці ", " ", new PlanPeriod(2017), new PlanPeriod(2018),
        [
            new FundingLine(FundingSource.LocalBudgets, 2018, 100m), new FundingLine(FundingSource.RegionalBudget, 2018, 1m),
            new FundingLine(FundingSource.LocalBudgets, 2018, 0.25m),
        ]);

        var kept = typed.Checked(Horizon);

        Assert.Equal(("результати", "виконавці", ""), (kept.ExpectedResults, kept.Executors, kept.Territory));
        Assert.Equal([new FundingLine(FundingSource.RegionalBudget, 2018, 1m), new FundingLine(FundingSource.LocalBudgets, 2018, 100.25m)], kept.Funding);
    }

    [Theory]
    [InlineData("executors", "Project.Executors", "Project_ExecutorsRequired")]
    [InlineData("no start", "Project.Start", "Project_PeriodRequired")]
    [InlineData("start after horizon", "Project.Start", "Project_YearOutsideStrategy")]
    [InlineData("quarter 5", "Project.End", "Project_UnknownQuarter")]
    [InlineData("end before start", "Project.End", "Project_EndBeforeStart")]
    [InlineData("negative", "Project.Funding[0].Amount", "Project_NegativeAmount")]
    [InlineData("no amount", "Project.Funding[0].Amount", "Project_LineNeedsAmount")]
    [InlineData("no year", "Project.Funding[0].Year", "Project_LineNeedsYear")]
    [InlineData("year outside", "Project.Funding[0].Year", "Project_YearOutsidePeriod")]
    [InlineData("too large", "Project.Funding[0].Amount", "Project_AmountTooLarge")]
    [InlineData("unknown source", "Project.Funding[0].Source", "Project_UnknownSource")]
    [InlineData("long territory", "Project.Territory", "Validation_MaxLength")]
    public void What_a_version_cannot_keep_is_refused_on_its_field(string wrong, string field, string key)
    {
        var plan = Park();
        ProjectPlan typed = wrong switch
        {
            "executors" => new(plan.ExpectedResults, " ", plan.Territory, plan.Start, plan.End, plan.Funding),
            "no start" => new(plan.ExpectedResults, plan.Executors, plan.Territory, new PlanPeriod(null), plan.End, plan.Funding),
            "start after horizon" => new(plan.ExpectedResults, plan.Executors, plan.Territory, new PlanPeriod(2021), plan.End, plan.Funding),
            "quarter 5" => new(plan.ExpectedResults, plan.Executors, plan.Territory, plan.Start, new PlanPeriod(2019, 5), plan.Funding),
            "end before start" => new(plan.ExpectedResults, plan.Executors, plan.Territory, new PlanPeriod(2018, 2), new PlanPeriod(2018, 1), []),
            "negative" => Park(new FundingLine(FundingSource.Other, 2018, -1m)),
            "no amount" => Park(new FundingLine(FundingSource.Other, 2018, null)),
            "no year" => Park(new FundingLine(FundingSource.Other, null, 5m)),
            "year outside" => Park(new FundingLine(FundingSource.Other, 2020, 5m)),
            "too large" => Park(new FundingLine(FundingSource.Other, 2018, ProjectPlan.MaxAmount + 1)),
            "unknown source" => Park(new FundingLine((FundingSource)42, 2018, 5m)),
            _ => new(plan.ExpectedResults, plan.Executors, new string('т', ProjectPlan.MaxTerritoryLength + 1), plan.Start, plan.End, plan.Funding),
        };

        var refused = Assert.Throws<InvalidInputException>(() => typed.Checked(Horizon));

        Assert.Equal((field, key), (refused.Field, refused.MessageKey));
    }

    [Fact]
    public void Only_a_project_has_a_place_in_the_plan()
    {
        var plan = Park().Checked(Horizon);
        var project = new Item { Kind = ItemKind.Project };
        var task = new Item { Kind = ItemKind.Task };

        Assert.Equal(plan, project.AddVersion("Парк", "", null, "m", "", DateTimeOffset.UnixEpoch, project: plan).Project);
        Assert.True(task.AddVersion("Завдання", "", null, "m", "", DateTimeOffset.UnixEpoch).Project.IsEmpty);
        Assert.Equal("Project_OnlyForProjects", Assert.Throws<WorkspaceRuleException>(() =>
            task.AddVersion("Завдання", "", null, "m", "", DateTimeOffset.UnixEpoch, project: plan)).MessageKey);
        Assert.True(ItemKind.Project.NeedsLink());
        Assert.Equal(ItemKind.Task, ItemKind.Project.LinksTo());
    }
}
