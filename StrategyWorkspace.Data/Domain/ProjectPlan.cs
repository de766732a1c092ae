using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyWorkspace.Domain;

/// <summary>Where a project's money comes from, as the implementation plan lists the sources.</summary>
public enum FundingSource
{
    StateBudget = 1,
    RegionalBudget = 2,
    LocalBudgets = 3,
    InternationalAssistance = 4,
    Other = 5,
}

/// <summary>A year, or one quarter of it, as a project's start or end (a row being typed may lack the year).</summary>
public sealed record PlanPeriod(int? Year, int? Quarter = null)
{
    /// <summary>A period with no quarter starts in the first quarter and ends in the fourth: a project of 2019 may start and end in 2019.</summary>
    [JsonIgnore]
    public int FirstQuarter => (Year ?? 0) * 4 + (Quarter ?? 1);

    [JsonIgnore]
    public int LastQuarter => (Year ?? 0) * 4 + (Quarter ?? 4);
}

/// <summary>One year's money from one source, in thousands of hryvnias (a row being typed may lack either).</summary>
public sealed record FundingLine(FundingSource Source, int? Year, decimal? Amount);

/// <summary>
/// What the implementation plan says of a project or measure besides its description (the item's body): its expected results,
/// responsible executors, territory, period and funding by source and year; kept as JSON in one column of the version and of the
/// working copy, like <see cref="IndicatorSet"/>. Amounts are decimal, never floating point, so the plan's totals add up exactly.
/// </summary>
[JsonConverter(typeof(ProjectPlanJsonConverter))]
public sealed class ProjectPlan : JsonColumnValue<ProjectPlan>
{
    public const int MaxExecutorsLength = 1_000;
    public const int MaxTerritoryLength = 300;
    public const int MaxResultsLength = 4_000;
    public const int MaxFundingLines = 100;

    /// <summary>The most a line may hold: a trillion thousand hryvnias is a mistyped amount, not a project.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    private static readonly PlanPeriod NoPeriod = new(null);

    public static readonly ProjectPlan Empty = new("", "", "", NoPeriod, NoPeriod, []);

    public ProjectPlan(string expectedResults, string executors, string territory, PlanPeriod start, PlanPeriod end, IEnumerable<FundingLine> funding)
    {
        ExpectedResults = expectedResults;
        Executors = executors;
        Territory = territory;
        Start = start;
        End = end;
        Funding = funding.Select(line => line with { Amount = line.Amount is { } amount ? Normalized(amount) : null }).ToList();
    }

    public string ExpectedResults { get; }
    public string Executors { get; }
    public string Territory { get; }
    public PlanPeriod Start { get; }
    public PlanPeriod End { get; }
    public IReadOnlyList<FundingLine> Funding { get; }

    /// <summary>The empty plan is every other kind's; the column holds nothing for it.</summary>
    public override bool IsEmpty =>
        ExpectedResults.Length == 0 && Executors.Length == 0 && Territory.Length == 0 && Start == NoPeriod && End == NoPeriod && Funding.Count == 0;

    protected override string Written() => JsonSerializer.Serialize(new Stored(ExpectedResults, Executors, Territory, Start, End, Funding.ToList()), Json);

    /// <summary>The whole cost, exact: the sum of every line.</summary>
    public decimal Total => Funding.Sum(line => line.Amount ?? 0m);

    /// <summary>The years the funding names, in order: the columns of the plan's tables.</summary>
    public IReadOnlyList<int> Years => Funding.Where(l => l.Year is not null).Select(l => l.Year!.Value).Distinct().Order().ToList();

    /// <summary>The sources the funding names, in the plan's order of sources.</summary>
    public IReadOnlyList<FundingSource> Sources => Funding.Select(l => l.Source).Distinct().Order().ToList();

    public decimal AmountOf(FundingSource source, int year) => Funding.Where(l => l.Source == source && l.Year == year).Sum(l => l.Amount ?? 0m);

    public decimal TotalOf(FundingSource source) => Funding.Where(l => l.Source == source).Sum(l => l.Amount ?? 0m);

    public static ProjectPlan FromJson(string? json) => string.IsNullOrEmpty(json) ? Empty : From(JsonSerializer.Deserialize<Stored>(json, Json));

    private static ProjectPlan From(Stored? stored) =>
        stored is null ? Empty : new ProjectPlan(stored.ExpectedResults, stored.Executors, stored.Territory, stored.Start, stored.End, stored.Funding);

    /// <summary>
    /// The plan as a version keeps it: texts trimmed, lines of one source and year added into one, in the order of sources and years;
    /// refused on the field that is wrong ("Project.Executors", "Project.End", "Project.Funding[2].Amount"…), so the editor shows the
    /// message beside it: no executors, a period missing, outside the strategy's years (up to <paramref name="horizon"/>) or ending
    /// before it starts, a quarter other than 1–4, a line without a year or amount, a negative or too large amount, a year outside the period.
    /// </summary>
    public ProjectPlan Checked(int horizon)
    {
        var executors = Executors.Trim();
        var territory = Territory.Trim();
        var results = ExpectedResults.Trim();
        if (executors.Length == 0)
        {
            throw new InvalidInputException("Project.Executors", "Project_ExecutorsRequired");
        }
        InvalidInputException.ThrowIfTooLong("Project.Executors", executors, MaxExecutorsLength);
        InvalidInputException.ThrowIfTooLong("Project.Territory", territory, MaxTerritoryLength);
        InvalidInputException.ThrowIfTooLong("Project.ExpectedResults", results, MaxResultsLength);
        CheckPeriod("Project.Start", Start, horizon);
        CheckPeriod("Project.End", End, horizon);
        if (End.LastQuarter < Start.FirstQuarter)
        {
            throw new InvalidInputException("Project.End", "Project_EndBeforeStart");
        }
        if (Funding.Count > MaxFundingLines)
        {
            throw new InvalidInputException("Project.Funding", "Project_TooManyLines", MaxFundingLines);
        }
        for (var index = 0; index < Funding.Count; index++)
        {
            var line = Funding[index];
            string Field(string name) => $"Project.Funding[{index}].{name}";
            if (!Enum.IsDefined(line.Source))
            {
                throw new InvalidInputException(Field(nameof(FundingLine.Source)), "Project_UnknownSource");
            }
            if (line.Year is not { } year)
            {
                throw new InvalidInputException(Field(nameof(FundingLine.Year)), "Project_LineNeedsYear");
            }
            if (year < Start.Year || year > End.Year)
            {
                throw new InvalidInputException(Field(nameof(FundingLine.Year)), "Project_YearOutsidePeriod", year, Start.Year ?? 0, End.Year ?? 0);
            }
            if (line.Amount is not { } amount)
            {
                throw new InvalidInputException(Field(nameof(FundingLine.Amount)), "Project_LineNeedsAmount");
            }
            if (amount < 0)
            {
                throw new InvalidInputException(Field(nameof(FundingLine.Amount)), "Project_NegativeAmount");
            }
            if (amount > MaxAmount)
            {
                throw new InvalidInputException(Field(nameof(FundingLine.Amount)), "Project_AmountTooLarge", MaxAmount);
            }
        }
        var funding = Funding
            .GroupBy(l => (l.Source, l.Year))
            .Select(g => new FundingLine(g.Key.Source, g.Key.Year, g.Sum(l => l.Amount)))
            .OrderBy(l => l.Source).ThenBy(l => l.Year)
            .ToList();
        return new ProjectPlan(results, executors, territory, Start, End, funding);
    }

    private static void CheckPeriod(string field, PlanPeriod period, int horizon)
    {
        if (period.Year is not { } year)
        {
            throw new InvalidInputException(field, "Project_PeriodRequired");
        }
        if (year < Indicator.EarliestYear || year > horizon)
        {
            throw new InvalidInputException(field, "Project_YearOutsideStrategy", Indicator.EarliestYear, horizon);
        }
        if (period.Quarter is { } quarter and (< 1 or > 4))
        {
            throw new InvalidInputException(field, "Project_UnknownQuarter");
        }
    }

    private sealed record Stored(string ExpectedResults, string Executors, string Territory, PlanPeriod Start, PlanPeriod End, List<FundingLine> Funding);

    /// <summary>A plan travels (the browser's copy, the circuit) as the record it holds.</summary>
    private sealed class ProjectPlanJsonConverter : JsonConverter<ProjectPlan>
    {
        public override ProjectPlan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            From(JsonSerializer.Deserialize<Stored>(ref reader, Json));

        public override void Write(Utf8JsonWriter writer, ProjectPlan value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Stored(value.ExpectedResults, value.Executors, value.Territory, value.Start, value.End, value.Funding.ToList()), Json);
    }
}
