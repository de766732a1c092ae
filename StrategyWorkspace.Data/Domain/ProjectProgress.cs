namespace StrategyWorkspace.Domain;

/// <summary>Where a project or measure of the adopted plan stands.</summary>
public enum ProjectStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Suspended = 4,
    Cancelled = 5,
}

/// <summary>Money spent in a year from one source, in thousands of hryvnias, as a person types it (either may be missing).</summary>
public sealed record SpentInput(FundingSource Source, int? Year, decimal? Amount);

/// <summary>
/// How a project or measure of the adopted plan is being carried out: its status, how far along it is, the money actually spent by
/// source and year, and dated progress notes. One per project item; it starts as planned with nothing spent, and is written the
/// first time the owning group reports on it. A report made from a page on which the progress was older than it is now is refused
/// (<see cref="Token"/>); every report that changes the status or the percentage, or says something, leaves a note with both.
/// </summary>
public class ProjectProgress
{
    public const int MaxNoteLength = 2_000;
    public const int MaxSpentLines = 100;

    private ProjectProgress()
    {
    }

    public int Id { get; private set; }

    /// <summary>The project or measure (an item of kind project): the same across its versions.</summary>
    public int ItemId { get; private set; }

    public ProjectStatus Status { get; private set; } = ProjectStatus.Planned;

    /// <summary>How far along the project is, 0–100: a done project is at 100.</summary>
    public int Percent { get; private set; }

    public string? UpdatedById { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>New on every report; a report that names an older one was made over a progress that moved meanwhile.</summary>
    public Guid Token { get; private set; }

    public List<ProjectSpending> Spending { get; } = [];

    public List<ProgressNote> Notes { get; } = [];

    /// <summary>A project nobody has reported on yet: planned, nothing spent.</summary>
    public static ProjectProgress NotStarted(int itemId) => new() { ItemId = itemId };

    public decimal Spent => Spending.Sum(s => s.Amount);

    /// <summary>
    /// Reports on the project: its status, percentage and money spent (the lines replace those reported before), and a dated note.
    /// Refused on its field when a rule is broken, and as stale when <paramref name="expectedToken"/> is not the progress's token.
    /// </summary>
    public void Report(ProjectStatus status, int? percent, IReadOnlyList<SpentInput> spent, DateOnly? noteOn, string? note,
        Guid? expectedToken, string byId, DateTimeOffset now, DateOnly today)
    {
        if (expectedToken != (Token == Guid.Empty ? null : Token))
        {
            throw new StaleDataException("Progress_ChangedMeanwhile");
        }
        if (!Enum.IsDefined(status))
        {
            throw new InvalidInputException("Status", "Progress_UnknownStatus");
        }
        if (percent is not { } whole || whole is < 0 or > 100)
        {
            throw new InvalidInputException("Percent", "Progress_PercentRange");
        }
        if (status == ProjectStatus.Done && whole != 100)
        {
            throw new InvalidInputException("Percent", "Progress_DoneIsWhole");
        }
        var lines = CheckedSpending(spent, today);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        InvalidInputException.ThrowIfTooLong("Note", text, MaxNoteLength);
        if (text is not null && noteOn is null)
        {
            throw new InvalidInputException("NoteOn", "Progress_NoteNeedsDate");
        }
        if (noteOn > today)
        {
            throw new InvalidInputException("NoteOn", "Progress_NoteInFuture");
        }

        if (text is not null || status != Status || whole != Percent)
        {
            Notes.Add(new ProgressNote
            {
                On = noteOn ?? today,
                Text = text,
                Status = status,
                Percent = whole,
                WrittenById = byId,
                WrittenAt = now,
            });
        }
        Status = status;
        Percent = whole;
        Spending.Clear();
        Spending.AddRange(lines);
        UpdatedById = byId;
        UpdatedAt = now;
        Token = Guid.NewGuid();
    }

    /// <summary>Lines of one source and year added into one, in the plan's order; each line's year and amount required and sane.</summary>
    private static List<ProjectSpending> CheckedSpending(IReadOnlyList<SpentInput> spent, DateOnly today)
    {
        if (spent.Count > MaxSpentLines)
        {
            throw new InvalidInputException("Spent", "Project_TooManyLines", MaxSpentLines);
        }
        for (var index = 0; index < spent.Count; index++)
        {
            var line = spent[index];
            string Field(string name) => $"Spent[{index}].{name}";
            if (!Enum.IsDefined(line.Source))
            {
                throw new InvalidInputException(Field(nameof(SpentInput.Source)), "Project_UnknownSource");
            }
            if (line.Year is not { } year)
            {
                throw new InvalidInputException(Field(nameof(SpentInput.Year)), "Project_LineNeedsYear");
            }
            // Money is reported once spent: a year still to come has none.
            if (year < Indicator.EarliestYear || year > today.Year)
            {
                throw new InvalidInputException(Field(nameof(SpentInput.Year)), "Progress_SpentYearRange", Indicator.EarliestYear, today.Year);
            }
            if (line.Amount is not { } amount)
            {
                throw new InvalidInputException(Field(nameof(SpentInput.Amount)), "Project_LineNeedsAmount");
            }
            if (amount < 0)
            {
                throw new InvalidInputException(Field(nameof(SpentInput.Amount)), "Project_NegativeAmount");
            }
            if (amount > ProjectPlan.MaxAmount)
            {
                throw new InvalidInputException(Field(nameof(SpentInput.Amount)), "Project_AmountTooLarge", ProjectPlan.MaxAmount);
            }
        }
        return spent
            .GroupBy(l => (l.Source, Year: l.Year!.Value))
            .OrderBy(g => g.Key.Source).ThenBy(g => g.Key.Year)
            .Select(g => new ProjectSpending { Source = g.Key.Source, Year = g.Key.Year, Amount = g.Sum(l => l.Amount!.Value) / 1.000000000000000000000000000000000m })
            .ToList();
    }
}

/// <summary>Money a project spent in a year from one source, in thousands of hryvnias.</summary>
public class ProjectSpending
{
    public int Id { get; set; }
    public int ProjectProgressId { get; set; }
    public FundingSource Source { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>A dated note on a project's progress, with the status and percentage it reported; no text when only they changed.</summary>
public class ProgressNote
{
    public int Id { get; set; }
    public int ProjectProgressId { get; set; }
    public DateOnly On { get; set; }
    public string? Text { get; set; }
    public ProjectStatus Status { get; set; }
    public int Percent { get; set; }
    public string WrittenById { get; set; } = "";
    public ApplicationUser? WrittenBy { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}

/// <summary>
/// The progress of a task or goal, computed from its projects, never typed: each project's percentage weighted by its planned
/// amount. Cancelled projects are left out (they will not be carried out); when none of the rest has a planned amount, each counts alike.
/// </summary>
public static class PlanProgress
{
    /// <summary>The weighted percentage (0–100, one decimal), or null when there is no project to weigh.</summary>
    public static decimal? Weighted(IEnumerable<(decimal Planned, int Percent, ProjectStatus Status)> projects)
    {
        var counted = projects.Where(p => p.Status != ProjectStatus.Cancelled).ToList();
        if (counted.Count == 0)
        {
            return null;
        }
        var weight = counted.Sum(p => p.Planned);
        var percent = weight > 0
            ? counted.Sum(p => p.Planned * p.Percent) / weight
            : counted.Average(p => (decimal)p.Percent);
        return Math.Round(percent, 1, MidpointRounding.AwayFromZero);
    }
}
