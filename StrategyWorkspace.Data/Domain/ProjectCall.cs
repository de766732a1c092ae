namespace StrategyWorkspace.Domain;

public enum CallStatus
{
    /// <summary>Opened for a period that has not begun: the public page says when it starts.</summary>
    Scheduled,
    Open,
    Closed,
}

/// <summary>
/// A call for project proposals for the implementation plan of a period (the oblast collected more than 300 for its 2019–2020
/// plan): while it is open anyone, without an account, proposes a project serving a task of the adopted strategy. One call at a
/// time; closing it (early or at its end) keeps everything.
/// </summary>
public class ProjectCall
{
    public const int MaxTitleLength = 300;
    public const int MaxIntroductionLength = 10_000;

    private ProjectCall()
    {
    }

    /// <summary>
    /// Opens a call for the plan's years <paramref name="firstYear"/>–<paramref name="lastYear"/> (within the strategy's, up to
    /// <paramref name="horizon"/>), taking proposals from <paramref name="startsAt"/> to <paramref name="endsAt"/>. Refused on its
    /// field; refused while another call is open or scheduled (<paramref name="others"/>).
    /// </summary>
    public static ProjectCall Open(string title, int firstYear, int lastYear, string introduction, DateTimeOffset startsAt, DateTimeOffset endsAt,
        string openedById, DateTimeOffset now, int horizon, IEnumerable<ProjectCall> others)
    {
        title = title.Trim();
        if (title.Length == 0)
        {
            throw new InvalidInputException(nameof(Title), "Call_TitleRequired");
        }
        InvalidInputException.ThrowIfTooLong(nameof(Title), title, MaxTitleLength);
        InvalidInputException.ThrowIfTooLong(nameof(Introduction), introduction, MaxIntroductionLength);
        if (firstYear < Indicator.EarliestYear || firstYear > horizon)
        {
            throw new InvalidInputException(nameof(FirstYear), "Call_YearRange", Indicator.EarliestYear, horizon);
        }
        if (lastYear < firstYear || lastYear > horizon)
        {
            throw new InvalidInputException(nameof(LastYear), "Call_LastYearRange", firstYear, horizon);
        }
        if (endsAt <= startsAt)
        {
            throw new InvalidInputException(nameof(EndsAt), "Call_EndBeforeStart");
        }
        if (endsAt <= now)
        {
            throw new InvalidInputException(nameof(EndsAt), "Call_EndInPast");
        }
        if (others.Any(c => c.StatusAt(now) != CallStatus.Closed))
        {
            throw new InvalidInputException("", "Call_AnotherOpen");
        }
        return new ProjectCall
        {
            Title = title, FirstYear = firstYear, LastYear = lastYear, Introduction = introduction.Trim(), StartsAt = startsAt, EndsAt = endsAt,
            OpenedById = openedById, OpenedAt = now,
        };
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The plan's years the projects are proposed for: a proposal's period lies within them.</summary>
    public int FirstYear { get; private set; }
    public int LastYear { get; private set; }

    public string Introduction { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string OpenedById { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Set when the chair closes it before its end.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedById { get; private set; }

    public CallStatus StatusAt(DateTimeOffset now) =>
        ClosedAt is not null || now >= EndsAt ? CallStatus.Closed
        : now < StartsAt ? CallStatus.Scheduled
        : CallStatus.Open;

    /// <summary>A proposal for a task of group <paramref name="workingGroupId"/>: only while the call is open, its period within the call's years.</summary>
    public ProjectProposal Receive(string reference, int taskItemId, int workingGroupId, ProjectApplication application, int horizon, DateTimeOffset now)
    {
        if (StatusAt(now) != CallStatus.Open)
        {
            throw new InvalidInputException("", "Call_NotOpen");
        }
        return new ProjectProposal(Id, reference, taskItemId, workingGroupId, Checked(application, horizon), now);
    }

    /// <summary>The application as a proposal keeps it: required texts there, lengths kept, the period within the call's years, the plan checked as a project's.</summary>
    public ProjectApplication Checked(ProjectApplication application, int horizon)
    {
        string Required(string field, string? text, int maxLength)
        {
            var trimmed = (text ?? "").Trim();
            if (trimmed.Length == 0)
            {
                throw new InvalidInputException(field, "Validation_Required");
            }
            InvalidInputException.ThrowIfTooLong(field, trimmed, maxLength);
            return trimmed;
        }
        string? Optional(string field, string? text, int maxLength)
        {
            var trimmed = (text ?? "").Trim();
            InvalidInputException.ThrowIfTooLong(field, trimmed, maxLength);
            return trimmed.Length == 0 ? null : trimmed;
        }
        var title = Required(nameof(ProjectApplication.Title), application.Title, ProjectProposal.MaxTitleLength);
        var applicant = Required(nameof(ProjectApplication.Applicant), application.Applicant, ProjectProposal.MaxNameLength);
        var contact = Optional(nameof(ProjectApplication.ContactName), application.ContactName, ProjectProposal.MaxNameLength);
        var email = Optional(nameof(ProjectApplication.Email), application.Email, ProjectProposal.MaxEmailLength);
        var targetGroups = Required(nameof(ProjectApplication.TargetGroups), application.TargetGroups, ProjectProposal.MaxTextLength);
        var indicators = Required(nameof(ProjectApplication.Indicators), application.Indicators, ProjectProposal.MaxTextLength);
        Required("Project.Territory", application.Plan.Territory, ProjectPlan.MaxTerritoryLength);
        Required("Project.ExpectedResults", application.Plan.ExpectedResults, ProjectPlan.MaxResultsLength);
        if (application.Plan.Funding.Count == 0)
        {
            throw new InvalidInputException("Project.Funding", "Call_FundingRequired");
        }
        var plan = application.Plan.Checked(horizon);
        if (plan.Start.Year < FirstYear || plan.End.Year > LastYear)
        {
            throw new InvalidInputException(plan.Start.Year < FirstYear ? "Project.Start" : "Project.End", "Call_PeriodOutsideCall", FirstYear, LastYear);
        }
        return new ProjectApplication(title, applicant, contact, email, targetGroups, indicators, plan);
    }

    public void Close(string byUserId, DateTimeOffset now)
    {
        if (StatusAt(now) == CallStatus.Closed)
        {
            throw new WorkspaceRuleException("Call_AlreadyClosed");
        }
        ClosedAt = now;
        ClosedById = byUserId;
    }
}

/// <summary>
/// What an applicant fills in: the project's title, who proposes it (a community, an organisation) and how to reach them, its target
/// groups and the indicators of its results, and its plan (expected results, territory, period, cost by source and year; the
/// applicant is its executor).
/// </summary>
public sealed record ProjectApplication(string Title, string Applicant, string? ContactName, string? Email, string TargetGroups, string Indicators,
    ProjectPlan Plan);

public enum ProjectProposalState
{
    /// <summary>Sent, waiting for the owning group's screening.</summary>
    Submitted,

    /// <summary>Taken into the plan as the group's draft project (<see cref="ProjectProposal.ProjectItemId"/>), which the group then revises.</summary>
    Accepted,

    /// <summary>Sent back with a reason: the applicant may correct it and send it again while the call is open.</summary>
    Returned,

    Rejected,
}

/// <summary>A project proposed in a call: screened by the group that owns its task, and followed by its applicant through its reference.</summary>
public class ProjectProposal
{
    public const int MaxTitleLength = 300;
    public const int MaxNameLength = 300;
    public const int MaxEmailLength = 254;
    public const int MaxTextLength = 2_000;
    public const int MaxReasonLength = 2_000;
    public const int ReferenceLength = 9;

    private ProjectProposal()
    {
    }

    internal ProjectProposal(int callId, string reference, int taskItemId, int workingGroupId, ProjectApplication application, DateTimeOffset now)
    {
        CallId = callId;
        Reference = reference;
        TaskItemId = taskItemId;
        WorkingGroupId = workingGroupId;
        SubmittedAt = now;
        Fill(application);
    }

    public int Id { get; private set; }
    public int CallId { get; private set; }

    /// <summary>What the applicant keeps to follow the proposal: letters and digits no one guesses.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>The strategy task the project serves, and the group that owns it and screens the proposal.</summary>
    public int TaskItemId { get; private set; }
    public int WorkingGroupId { get; private set; }

    public string Title { get; private set; } = "";
    public string Applicant { get; private set; } = "";
    public string? ContactName { get; private set; }
    public string? Email { get; private set; }
    public string TargetGroups { get; private set; } = "";
    public string Indicators { get; private set; } = "";
    public ProjectPlan Plan { get; private set; } = ProjectPlan.Empty;

    public DateTimeOffset SubmittedAt { get; private set; }
    public ProjectProposalState State { get; private set; } = ProjectProposalState.Submitted;

    /// <summary>Why it was returned or rejected, as the applicant reads it.</summary>
    public string? Reason { get; private set; }
    public string? ScreenedById { get; private set; }
    public DateTimeOffset? ScreenedAt { get; private set; }

    /// <summary>The draft project it became, once accepted.</summary>
    public int? ProjectItemId { get; private set; }

    public ProjectApplication Application => new(Title, Applicant, ContactName, Email, TargetGroups, Indicators, Plan);

    /// <summary>Takes it into the plan as the group's draft project.</summary>
    public void Accept(int projectItemId, string byId, DateTimeOffset now)
    {
        EnsureSubmitted();
        (State, ProjectItemId, Reason, ScreenedById, ScreenedAt) = (ProjectProposalState.Accepted, projectItemId, null, byId, now);
    }

    /// <summary>Sends it back to its applicant with what to correct.</summary>
    public void Return(string reason, string byId, DateTimeOffset now) => Decline(ProjectProposalState.Returned, reason, byId, now);

    public void Reject(string reason, string byId, DateTimeOffset now) => Decline(ProjectProposalState.Rejected, reason, byId, now);

    /// <summary>The applicant's corrected proposal, sent again after it was returned: waiting for screening once more.</summary>
    public void Resubmit(ProjectCall call, ProjectApplication application, int horizon, DateTimeOffset now)
    {
        if (State != ProjectProposalState.Returned)
        {
            throw new WorkspaceRuleException("Call_NotReturned");
        }
        if (call.StatusAt(now) != CallStatus.Open)
        {
            throw new InvalidInputException("", "Call_NotOpen");
        }
        Fill(call.Checked(application, horizon));
        (State, Reason, ScreenedById, ScreenedAt, SubmittedAt) = (ProjectProposalState.Submitted, null, null, null, now);
    }

    private void Decline(ProjectProposalState state, string reason, string byId, DateTimeOffset now)
    {
        EnsureSubmitted();
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            throw new InvalidInputException(nameof(Reason), "Call_ReasonRequired");
        }
        InvalidInputException.ThrowIfTooLong(nameof(Reason), reason, MaxReasonLength);
        (State, Reason, ScreenedById, ScreenedAt) = (state, reason, byId, now);
    }

    private void EnsureSubmitted()
    {
        if (State != ProjectProposalState.Submitted)
        {
            throw new WorkspaceRuleException("Call_AlreadyScreened");
        }
    }

    private void Fill(ProjectApplication application) =>
        (Title, Applicant, ContactName, Email, TargetGroups, Indicators, Plan) =
        (application.Title, application.Applicant, application.ContactName, application.Email, application.TargetGroups, application.Indicators, application.Plan);
}
