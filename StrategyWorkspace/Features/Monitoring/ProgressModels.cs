namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// How the adopted plan is being carried out, by group: goals and tasks with the progress computed from their projects, each project
/// with its status, percentage and money; the money planned and spent for each group and the whole strategy. No edition adopted:
/// <see cref="EditionNumber"/> is null.
/// </summary>
public sealed record ProgressBoard(int? EditionNumber, IReadOnlyList<ProgressGroup> Groups, MoneyTable Money)
{
    public static readonly ProgressBoard NoneAdopted = new(null, [], MoneyTable.Of([]));
}

/// <summary>
/// A group's goals (each with its tasks), its tasks serving no goal of the edition, and its projects serving no task;
/// <see cref="CanReport"/> when the reader may report on its projects.
/// </summary>
public sealed record ProgressGroup(int GroupId, int Position, string Name, bool CanReport, IReadOnlyList<ProgressGoal> Goals,
    IReadOnlyList<ProgressTask> TasksWithoutGoal, IReadOnlyList<ProgressProject> ProjectsWithoutTask, MoneyTable Money)
{
    public IEnumerable<ProgressProject> Projects =>
        Goals.SelectMany(g => g.Tasks).Concat(TasksWithoutGoal).SelectMany(t => t.Projects).Concat(ProjectsWithoutTask);
}

/// <summary>A goal, its progress computed from its tasks' projects (null with none), and how its own indicators stand.</summary>
public sealed record ProgressGoal(int ItemId, ItemNumber Number, string Title, decimal? Progress, IReadOnlyList<Standing> Indicators,
    IReadOnlyList<ProgressTask> Tasks)
{
    public int Count(Standing standing) => Indicators.Count(s => s == standing);
}

/// <summary>A task and its progress computed from its projects (null with none).</summary>
public sealed record ProgressTask(int ItemId, ItemNumber Number, string Title, decimal? Progress, IReadOnlyList<ProgressProject> Projects);

/// <summary>
/// A project of the plan as it is being carried out: its plan, its status, percentage and the money spent, the latest note, and
/// <see cref="Token"/> to send back with a report (null before the first).
/// </summary>
public sealed record ProgressProject(int ItemId, ItemNumber Number, string Title, ProjectPlan Plan, ProjectStatus Status, int Percent,
    IReadOnlyList<SpentLine> Spent, ProgressNoteView? LatestNote, Guid? Token)
{
    public decimal Planned => Plan.Total;

    public decimal SpentTotal => Spent.Sum(s => s.Amount);

    /// <summary>Money spent over the planned amount is allowed, and flagged.</summary>
    public bool OverPlan => SpentTotal > Planned;
}

/// <summary>Money a project spent in a year from one source.</summary>
public sealed record SpentLine(FundingSource Source, int Year, decimal Amount);

/// <summary>A dated progress note with the status and percentage it reported, who wrote it and when.</summary>
public sealed record ProgressNoteView(DateOnly On, string? Text, ProjectStatus Status, int Percent, string WrittenBy, DateTimeOffset WrittenAt);

/// <summary>What a group's member reports on a project.</summary>
public sealed record ProgressInput(int ItemId, ProjectStatus Status, int? Percent, IReadOnlyList<SpentInput> Spent, DateOnly? NoteOn, string? Note,
    Guid? ExpectedToken);

/// <summary>Money planned and spent by source and year: the data of a planned-against-spent chart and of the table beside it.</summary>
public sealed record MoneyTable(IReadOnlyList<int> Years, IReadOnlyList<MoneyRow> Rows)
{
    public decimal Planned => Rows.Sum(r => r.Planned);

    public decimal Spent => Rows.Sum(r => r.Spent);

    public bool IsEmpty => Rows.Count == 0;

    /// <summary>The money of <paramref name="projects"/>, a row for each source any of them plans or spends.</summary>
    public static MoneyTable Of(IEnumerable<ProgressProject> projects)
    {
        var list = projects.ToList();
        var years = list.SelectMany(p => p.Plan.Funding.Where(f => f.Year is not null).Select(f => f.Year!.Value))
            .Concat(list.SelectMany(p => p.Spent.Select(s => s.Year)))
            .Distinct().Order().ToList();
        var rows = Enum.GetValues<FundingSource>()
            .Select(source => new MoneyRow(source,
                years.Select(y => list.Sum(p => p.Plan.AmountOf(source, y))).ToList(),
                years.Select(y => list.Sum(p => p.Spent.Where(s => s.Source == source && s.Year == y).Sum(s => s.Amount))).ToList()))
            .Where(r => r.Planned > 0 || r.Spent > 0)
            .ToList();
        return new MoneyTable(years, rows);
    }
}

/// <summary>One source's money by year (in the order of <see cref="MoneyTable.Years"/>).</summary>
public sealed record MoneyRow(FundingSource Source, IReadOnlyList<decimal> PlannedByYear, IReadOnlyList<decimal> SpentByYear)
{
    public decimal Planned => PlannedByYear.Sum();

    public decimal Spent => SpentByYear.Sum();
}
