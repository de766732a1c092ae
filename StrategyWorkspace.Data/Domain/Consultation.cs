namespace StrategyWorkspace.Domain;

public enum ConsultationStatus
{
    /// <summary>Opened for a period that has not begun: the public page says when it starts.</summary>
    Scheduled,
    Open,
    Closed,
}

/// <summary>
/// A public consultation on one edition of the strategy document: for a period, anyone may read
/// the edition and send proposals. Closing it (early or at its end) keeps everything.
/// </summary>
public class Consultation
{
    public const int MaxIntroductionLength = 10_000;

    private Consultation()
    {
    }

    /// <summary>
    /// Opens a consultation on an edition for a period. One at a time: while another is open or
    /// scheduled (<paramref name="others"/>), the public would not know which draft to comment on.
    /// </summary>
    public static Consultation Open(int editionNumber, string introduction, DateTimeOffset startsAt, DateTimeOffset endsAt,
        string openedById, DateTimeOffset now, IEnumerable<Consultation> others)
    {
        InvalidInputException.ThrowIfTooLong(nameof(Introduction), introduction, MaxIntroductionLength);
        if (others.Any(c => c.StatusAt(now) != ConsultationStatus.Closed))
        {
            throw new InvalidInputException("", "Consultation_AnotherOpen");
        }
        return new Consultation(editionNumber, introduction, startsAt, endsAt, openedById, now);
    }

    private Consultation(int editionNumber, string introduction, DateTimeOffset startsAt, DateTimeOffset endsAt, string openedById, DateTimeOffset now)
    {
        if (endsAt <= startsAt)
        {
            throw new WorkspaceRuleException("Consultation_EndBeforeStart");
        }
        if (endsAt <= now)
        {
            throw new WorkspaceRuleException("Consultation_EndInPast");
        }
        EditionNumber = editionNumber;
        Introduction = introduction.Trim();
        StartsAt = startsAt;
        EndsAt = endsAt;
        OpenedById = openedById;
        OpenedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>The edition the public reads and comments on.</summary>
    public int EditionNumber { get; private set; }

    public string Introduction { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string OpenedById { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Set when the chair closes it before its end.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedById { get; private set; }

    public ConsultationStatus StatusAt(DateTimeOffset now) =>
        ClosedAt is not null || now >= EndsAt ? ConsultationStatus.Closed
        : now < StartsAt ? ConsultationStatus.Scheduled
        : ConsultationStatus.Open;

    /// <summary>When it stopped taking proposals: closed early, or its end.</summary>
    public DateTimeOffset EndedAt => ClosedAt is { } closed && closed < EndsAt ? closed : EndsAt;

    /// <summary>A visitor's proposal on a section or an item of the consulted edition: only while the consultation is open.</summary>
    public Proposal Receive(string reference, int workingGroupId, int? itemId, string text, string? authorName, string? organisation,
        string? email, DateTimeOffset now) =>
        StatusAt(now) == ConsultationStatus.Open
            ? new Proposal(Id, reference, workingGroupId, itemId, text, authorName, organisation, email, now)
            : throw new InvalidInputException("", "Consultation_NotOpen");

    public void Close(string byUserId, DateTimeOffset now)
    {
        if (StatusAt(now) == ConsultationStatus.Closed)
        {
            throw new WorkspaceRuleException("Consultation_AlreadyClosed");
        }
        ClosedAt = now;
        ClosedById = byUserId;
    }
}

public enum ProposalState
{
    /// <summary>Waiting for the chair's moderation; only its author (by reference) knows it exists.</summary>
    Pending,
    Published,
    Rejected,
}

public enum RejectionGround
{
    Spam,
    Abuse,
    OffTopic,
}

public enum ProposalOutcome
{
    Accepted,
    PartlyAccepted,
    Declined,
}

/// <summary>
/// A proposal or comment from the public on a section (a working group's part) or an item of the
/// consulted edition. Moderated before it is shown; answered by the owning group.
/// </summary>
public class Proposal
{
    public const int MaxTextLength = 5_000;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxAnswerLength = 5_000;
    public const int ReferenceLength = 9;

    private Proposal()
    {
    }

    public Proposal(int consultationId, string reference, int workingGroupId, int? itemId, string text,
        string? authorName, string? organisation, string? email, DateTimeOffset now)
    {
        ConsultationId = consultationId;
        Reference = reference;
        WorkingGroupId = workingGroupId;
        ItemId = itemId;
        Text = text.Trim();
        AuthorName = Blank(authorName);
        Organisation = Blank(organisation);
        Email = Blank(email);
        SubmittedAt = now;
        State = ProposalState.Pending;
    }

    public int Id { get; private set; }
    public int ConsultationId { get; private set; }

    /// <summary>What the sender keeps to look the proposal up: random, so nobody can guess another's.</summary>
    public string Reference { get; private set; } = "";

    public int WorkingGroupId { get; private set; }
    public int? ItemId { get; private set; }
    public string Text { get; private set; } = "";
    public string? AuthorName { get; private set; }
    public string? Organisation { get; private set; }

    /// <summary>For the committee only; never shown on a page or in a report.</summary>
    public string? Email { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }
    public ProposalState State { get; private set; }
    public string? ModeratedById { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }
    public RejectionGround? RejectionGround { get; private set; }
    public string? RejectionNote { get; private set; }

    public ProposalOutcome? Outcome { get; private set; }
    public string? AnswerText { get; private set; }
    public string? AnsweredById { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The version of an item that took the proposal in, where it was taken in.</summary>
    public int? AnswerItemId { get; private set; }
    public int? AnswerVersionNumber { get; private set; }

    public void Publish(string byUserId, DateTimeOffset now)
    {
        RequireState(ProposalState.Pending);
        State = ProposalState.Published;
        ModeratedById = byUserId;
        ModeratedAt = now;
    }

    public void Reject(RejectionGround ground, string? note, string byUserId, DateTimeOffset now)
    {
        RequireState(ProposalState.Pending);
        InvalidInputException.ThrowIfTooLong("Note", note, MaxAnswerLength);
        State = ProposalState.Rejected;
        RejectionGround = ground;
        RejectionNote = Blank(note);
        ModeratedById = byUserId;
        ModeratedAt = now;
    }

    /// <summary>
    /// The group's answer, with the item of the proposal's group whose version took it in (its newest when no
    /// version is named; none for a declined one). Given again, it replaces the earlier one (the activity log keeps both).
    /// </summary>
    public void Answer(ProposalOutcome outcome, string reason, Item? takenInto, int? versionNumber, string byUserId, DateTimeOffset now)
    {
        RequireState(ProposalState.Published);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException("Reason", "Consultation_AnswerReasonRequired");
        }
        InvalidInputException.ThrowIfTooLong("Reason", reason, MaxAnswerLength);
        if (outcome == ProposalOutcome.Declined && takenInto is not null)
        {
            throw new WorkspaceRuleException("Consultation_DeclinedHasNoVersion");
        }
        if (takenInto is not null)
        {
            if (takenInto.WorkingGroupId != WorkingGroupId)
            {
                throw new InvalidInputException("Item", "Consultation_AnswerItemNotInGroup");
            }
            versionNumber ??= takenInto.LatestVersionNumber;
            if (versionNumber < 1 || versionNumber > takenInto.LatestVersionNumber)
            {
                throw new InvalidInputException("Version", "Items_UnknownVersion");
            }
        }
        Outcome = outcome;
        AnswerText = reason.Trim();
        AnswerItemId = takenInto?.Id;
        AnswerVersionNumber = takenInto is null ? null : versionNumber;
        AnsweredById = byUserId;
        AnsweredAt = now;
    }

    private void RequireState(ProposalState state)
    {
        if (State != state)
        {
            throw new WorkspaceRuleException("Consultation_ProposalStateChanged");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
