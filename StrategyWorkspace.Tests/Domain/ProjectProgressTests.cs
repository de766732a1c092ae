namespace StrategyWorkspace.Tests.Domain;

/// <summary>A project's progress: reported with its rules, noted, never over a report made meanwhile; a task's progress weighted by the plan.</summary>
public sealed class ProjectProgressTests
{
    private static readonly DateTimeOffset Now = new(2018, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2018, 6, 1);

    private static void Report(ProjectProgress progress, ProjectStatus status, int? percent, string? note = null, Guid? token = null, params SpentInput[] spent) =>
        progress.Report(status, percent, spent, Today.AddDays(-1), note, token, "member", Now, Today);

    [Fact]
    public void A_report_sets_status_percentage_and_money_and_leaves_a_note_with_them()
    {
        var progress = ProjectProgress.NotStarted(9);

        Report(progress, ProjectStatus.InProgress, 40, "  Розпочато  ", null,
            new SpentInput(FundingSource.RegionalBudget, 2018, 100.50m), new SpentInput(FundingSource.StateBudget, 2017, 10m),
            new SpentInput(FundingSource.RegionalBudget, 2018, 20m));

        Assert.Equal((ProjectStatus.InProgress, 40, 130.5m), (progress.Status, progress.Percent, progress.Spent));
        Assert.Equal([(FundingSource.StateBudget, 2017, 10m), (FundingSource.RegionalBudget, 2018, 120.5m)],
            progress.Spending.Select(s => (s.Source, s.Year, s.Amount)));
        var note = Assert.Single(progress.Notes);
        Assert.Equal((Today.AddDays(-1), "Розпочато", ProjectStatus.InProgress, 40, "member"), (note.On, note.Text, note.Status, note.Percent, note.WrittenById));
        Assert.NotEqual(Guid.Empty, progress.Token);
    }

    [Fact]
    public void A_report_that_changes_only_the_money_leaves_no_note_and_one_over_a_newer_report_is_refused()
    {
        var progress = ProjectProgress.NotStarted(9);
        Report(progress, ProjectStatus.InProgress, 40);
        var seen = progress.Token;

        Report(progress, ProjectStatus.InProgress, 40, null, seen, new SpentInput(FundingSource.RegionalBudget, 2018, 5m));

        Assert.Single(progress.Notes);
        Assert.Equal("Progress_ChangedMeanwhile", Assert.Throws<StaleDataException>(() => Report(progress, ProjectStatus.Done, 100, null, seen)).MessageKey);
        Assert.Throws<StaleDataException>(() => Report(progress, ProjectStatus.Done, 100));
        Assert.Equal(ProjectStatus.InProgress, progress.Status);
    }

    [Theory]
    [InlineData(ProjectStatus.InProgress, null, "Percent")]
    [InlineData(ProjectStatus.InProgress, -1, "Percent")]
    [InlineData(ProjectStatus.InProgress, 101, "Percent")]
    [InlineData(ProjectStatus.Done, 99, "Percent")]
    [InlineData((ProjectStatus)9, 10, "Status")]
    public void A_percentage_or_status_that_breaks_a_rule_is_refused_on_its_field(ProjectStatus status, int? percent, string field)
    {
        var progress = ProjectProgress.NotStarted(9);

        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => Report(progress, status, percent)).Field);
        Assert.Empty(progress.Notes);
    }

    [Fact]
    public void Money_spent_in_a_year_to_come_a_line_without_amount_a_negative_amount_and_a_note_without_a_day_are_refused()
    {
        var progress = ProjectProgress.NotStarted(9);
        string FieldOf(Action report) => Assert.Throws<InvalidInputException>(report).Field;

        Assert.Equal("Spent[1].Year", FieldOf(() => Report(progress, ProjectStatus.InProgress, 5, null, null,
            new SpentInput(FundingSource.RegionalBudget, 2018, 1m), new SpentInput(FundingSource.RegionalBudget, 2019, 1m))));
        Assert.Equal("Spent[0].Amount", FieldOf(() => Report(progress, ProjectStatus.InProgress, 5, null, null, new SpentInput(FundingSource.RegionalBudget, 2018, null))));
        Assert.Equal("Spent[0].Amount", FieldOf(() => Report(progress, ProjectStatus.InProgress, 5, null, null, new SpentInput(FundingSource.RegionalBudget, 2018, -1m))));
        Assert.Equal("NoteOn", FieldOf(() => progress.Report(ProjectStatus.InProgress, 5, [], null, "Текст", null, "member", Now, Today)));
        Assert.Equal("NoteOn", FieldOf(() => progress.Report(ProjectStatus.InProgress, 5, [], Today.AddDays(1), null, null, "member", Now, Today)));
        Assert.Equal("Note", FieldOf(() => Report(progress, ProjectStatus.InProgress, 5, new string('x', ProjectProgress.MaxNoteLength + 1))));
    }

    [Fact]
    public void A_tasks_progress_is_weighted_by_planned_amount_without_cancelled_projects()
    {
        Assert.Equal(87.5m, PlanProgress.Weighted([(1000m, 50, ProjectStatus.InProgress), (3000m, 100, ProjectStatus.Done)]));
        Assert.Equal(50m, PlanProgress.Weighted([(1000m, 50, ProjectStatus.InProgress), (9000m, 0, ProjectStatus.Cancelled)]));
        // Nothing planned anywhere: each project counts alike.
        Assert.Equal(33.3m, PlanProgress.Weighted([(0m, 0, ProjectStatus.Planned), (0m, 100, ProjectStatus.Done), (0m, 0, ProjectStatus.Suspended)]));
        Assert.Null(PlanProgress.Weighted([(5m, 0, ProjectStatus.Cancelled)]));
        Assert.Null(PlanProgress.Weighted([]));
    }
}
