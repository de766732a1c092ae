using System.ComponentModel.DataAnnotations;
using StrategyWorkspace.Features.Consultations;

namespace StrategyWorkspace.Features.ProjectCalls;

/// <summary>What the chair fills in to open a call: its title, the plan's years, the first and last day it takes proposals, an introduction.</summary>
internal sealed class OpenCallInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ProjectCall.MaxTitleLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Title { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? FirstYear { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? LastYear { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateTime? FirstDay { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateTime? LastDay { get; set; }

    [MaxLength(ProjectCall.MaxIntroductionLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Introduction { get; set; } = "";
}

/// <summary>A call as the chair and the public see its frame, with what became of its proposals so far.</summary>
public sealed record CallView(int Id, string Title, int FirstYear, int LastYear, string Introduction, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset? ClosedAt, CallStatus Status, CallCounts Counts);

public sealed record CallCounts(int Submitted, int Accepted, int Returned, int Rejected)
{
    public int Total => Submitted + Accepted + Returned + Rejected;
}

/// <summary>A task of the adopted strategy a project may serve, as the form lists it: "1.4.2. Title" under its section.</summary>
public sealed record CallTask(int ItemId, int GroupId, string GroupLabel, string Label);

/// <summary>A proposal as the owning group screens it.</summary>
public sealed record ProposalCard(int Id, string Reference, string CallTitle, string TaskLabel, int GroupId, string GroupName, ProjectApplication Application,
    DateTimeOffset SubmittedAt, ProjectProposalState State, string? Reason, int? ProjectItemId);

/// <summary>What the holder of a reference may know of their proposal; <see cref="CanResubmit"/> when it came back and the call is still open.</summary>
public sealed record ProjectProposalStatus(string Reference, string CallTitle, CallStatus CallStatus, string TaskLabel, ProjectApplication Application,
    DateTimeOffset SubmittedAt, ProjectProposalState State, string? Reason)
{
    public bool CanResubmit => State == ProjectProposalState.Returned && CallStatus == CallStatus.Open;
}

/// <summary>A call's summary: every proposal and what became of it, for anyone.</summary>
public sealed record CallSummary(CallView Call, IReadOnlyList<SummaryLine> Lines);

/// <summary>
/// A proposal in the summary: its reference, the task, its outcome with the reason or the project it became; its title, applicant and
/// cost once a group has read it and did not reject it (null before).
/// </summary>
public sealed record SummaryLine(string Reference, string? Title, string? Applicant, string TaskLabel, decimal? Cost, ProjectProposalState State, string? Reason,
    string? ProjectNumber);

/// <summary>
/// What a visitor sends: the task, the project's title, who proposes it and how to reach them, the territory and target groups, the
/// years, up to <see cref="FundingLines"/> lines of cost by source and year (a static form has a fixed number of rows; empty ones are
/// left out), the expected results and the indicators. The consent and the honeypot as on the consultation's form.
/// </summary>
internal sealed class ProjectProposalInput
{
    public const int FundingLines = 5;

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? Task { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ProjectProposal.MaxTitleLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Title { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ProjectProposal.MaxNameLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Applicant { get; set; } = "";

    [MaxLength(ProjectProposal.MaxNameLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? ContactName { get; set; }

    [MaxLength(ProjectProposal.MaxEmailLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [OptionalEmail(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Email))]
    public string? Email { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ProjectPlan.MaxTerritoryLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Territory { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ProjectProposal.MaxTextLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string TargetGroups { get; set; } = "";

    // Numbers as typed: a static form's mapping would refuse "триста" in the framework's own English; parsed in ToApplication instead.
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public string? StartYear { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public string? EndYear { get; set; }

    public List<FundingInput> Funding { get; set; } = [.. Enumerable.Range(0, FundingLines).Select(_ => new FundingInput())];

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ProjectPlan.MaxResultsLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string ExpectedResults { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ProjectProposal.MaxTextLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Indicators { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.ConsentRequired))]
    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by simple bots.</summary>
    public string? Website { get; set; }

    /// <summary>
    /// The application the domain checks: the applicant is the project's executor; empty cost rows are left out; a number that is not
    /// one is refused on its field (a comma or a point for decimals).
    /// </summary>
    public ProjectApplication ToApplication()
    {
        var lines = Funding.Select((f, i) => (f, i)).Where(x => !string.IsNullOrWhiteSpace(x.f.Year) || !string.IsNullOrWhiteSpace(x.f.Amount))
            .Select(x => new FundingLine(x.f.Source, Year($"Project.Funding[{x.i}].Year", x.f.Year), Amount($"Project.Funding[{x.i}].Amount", x.f.Amount)))
            .ToList();
        return new(Title, Applicant, ContactName, Email, TargetGroups, Indicators,
            new ProjectPlan(ExpectedResults, Applicant, Territory, new PlanPeriod(Year("Project.Start", StartYear)), new PlanPeriod(Year("Project.End", EndYear)), lines));
    }

    private static int? Year(string field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year
        : throw new InvalidInputException(field, "Call_NotANumber");

    private static decimal? Amount(string field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : decimal.TryParse(text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace('\u00a0'.ToString(), "", StringComparison.Ordinal).Replace(',', '.'),
            System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new InvalidInputException(field, "Call_NotANumber");

    /// <summary>The form filled in again from a proposal sent back to be corrected.</summary>
    public static ProjectProposalInput From(int taskItemId, ProjectApplication application)
    {
        var input = new ProjectProposalInput
        {
            Task = taskItemId, Title = application.Title, Applicant = application.Applicant, ContactName = application.ContactName,
            Email = application.Email, Territory = application.Plan.Territory, TargetGroups = application.TargetGroups,
            StartYear = Text(application.Plan.Start.Year), EndYear = Text(application.Plan.End.Year), ExpectedResults = application.Plan.ExpectedResults,
            Indicators = application.Indicators,
        };
        for (var i = 0; i < Math.Min(FundingLines, application.Plan.Funding.Count); i++)
        {
            var line = application.Plan.Funding[i];
            input.Funding[i] = new FundingInput { Source = line.Source, Year = Text(line.Year), Amount = Text(line.Amount) };
        }
        return input;
    }

    private static string? Text(int? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(decimal? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A row of the cost: the source, the year, the amount in thousand hryvnias.</summary>
internal sealed class FundingInput
{
    public FundingSource Source { get; set; } = FundingSource.RegionalBudget;
    public string? Year { get; set; }
    public string? Amount { get; set; }
}
