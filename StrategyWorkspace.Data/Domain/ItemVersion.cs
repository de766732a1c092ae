namespace StrategyWorkspace.Domain;

/// <summary>
/// A saved version of an item. Its text never changes once saved; only its place in the
/// life of a revision (its <see cref="State"/>) moves, through the methods below.
/// </summary>
public class ItemVersion
{
    private ItemVersion()
    {
    }

    internal ItemVersion(Item item, int number, string title, string body, int? basedOn, string authorId, string changeNote, DateTimeOffset createdAt,
        GoalTraits? goal, IndicatorSet indicators, ProjectPlan project)
    {
        Indicators = indicators;
        Project = project;
        (GoalLevel, Priority, Condition, ConditionExpectedOn, ServesGoalId) = (goal?.Level, goal?.Priority, goal?.Condition, goal?.ConditionExpectedOn, goal?.ServesGoalId);
        Item = item;
        Number = number;
        Title = title;
        Body = body;
        BasedOnNumber = basedOn;
        AuthorId = authorId;
        ChangeNote = changeNote;
        CreatedAt = createdAt;
        State = RevisionState.Draft;
    }

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    // A goal's traits (GoalTraits), in columns so that lists sort and filter by them; null for other kinds.
    public GoalLevel? GoalLevel { get; private set; }
    public int? Priority { get; private set; }
    public string? Condition { get; private set; }
    public DateOnly? ConditionExpectedOn { get; private set; }
    public int? ServesGoalId { get; private set; }

    public GoalTraits? Goal => GoalLevel is { } level ? new GoalTraits(level, Priority, Condition, ConditionExpectedOn, ServesGoalId) : null;

    /// <summary>A goal's or task's indicators, with their baselines and targets; none for other kinds.</summary>
    public IndicatorSet Indicators { get; private set; } = IndicatorSet.Empty;

    /// <summary>A project's expected results, executors, territory, period and funding; empty for other kinds.</summary>
    public ProjectPlan Project { get; private set; } = ProjectPlan.Empty;

    /// <summary>The version the author started from; null for version 1.</summary>
    public int? BasedOnNumber { get; private set; }

    public string AuthorId { get; private set; } = "";
    public ApplicationUser? Author { get; private set; }
    public string ChangeNote { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public RevisionState State { get; private set; }

    /// <summary>The member's note to reviewers when submitting.</summary>
    public string? SubmissionNote { get; private set; }
    public string? SubmittedById { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The chair's decision: who, when, and the reason (required to reject).</summary>
    public string? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }

    public const int MaxDecisionReasonLength = ActivityEntry.MaxNoteLength;

    /// <summary>New on every change of state, so two chairs deciding at once cannot both succeed.</summary>
    public Guid StateToken { get; private set; } = Guid.NewGuid();

    /// <summary>Who took a pending submission back, and when (the version is a draft again).</summary>
    public string? WithdrawnById { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsPending => State == RevisionState.Submitted;

    // The moves are internal: they are reached through Item, which keeps one pending submission
    // and one approved version per item.
    internal void Submit(string byUserId, string? note, DateTimeOffset now)
    {
        InvalidInputException.ThrowIfTooLong("Note", note, Item.MaxChangeNoteLength);
        Move(from: RevisionState.Draft, to: RevisionState.Submitted);
        SubmittedById = byUserId;
        SubmissionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        SubmittedAt = now;
        WithdrawnById = null;
        WithdrawnAt = null;
    }

    internal void Withdraw(string byUserId, DateTimeOffset now)
    {
        RequirePending();
        Move(from: RevisionState.Submitted, to: RevisionState.Draft);
        WithdrawnById = byUserId;
        WithdrawnAt = now;
    }

    internal void Approve(string byUserId, string? reason, DateTimeOffset now)
    {
        InvalidInputException.ThrowIfTooLong("Reason", reason, MaxDecisionReasonLength);
        RequirePending();
        Move(from: RevisionState.Submitted, to: RevisionState.Approved);
        Decided(byUserId, reason, now);
    }

    internal void Reject(string byUserId, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException("Reason", "Review_ReasonRequired");
        }
        InvalidInputException.ThrowIfTooLong("Reason", reason, MaxDecisionReasonLength);
        RequirePending();
        Move(from: RevisionState.Submitted, to: RevisionState.Rejected);
        Decided(byUserId, reason, now);
    }

    /// <summary>
    /// An expert's verdict on this pending version: endorse it, or ask for changes with a note.
    /// Judging again replaces the expert's <paramref name="earlier"/> verdict on it.
    /// </summary>
    public Verdict Judge(Verdict? earlier, string expertId, VerdictKind kind, string? note, DateTimeOffset now)
    {
        if (kind == VerdictKind.RequestChanges && string.IsNullOrWhiteSpace(note))
        {
            throw new InvalidInputException("Note", "Review_VerdictNoteRequired");
        }
        InvalidInputException.ThrowIfTooLong("Note", note, Verdict.MaxNoteLength);
        RequirePending();
        var verdict = earlier ?? new Verdict(ItemId, Number, expertId);
        verdict.Record(kind, note, now);
        return verdict;
    }

    private void RequirePending()
    {
        if (!IsPending)
        {
            throw new WorkspaceRuleException("Review_NotPending");
        }
    }

    /// <summary>A pending submission replaced by a newer one, or an approval replaced by a later approval.</summary>
    internal void Supersede()
    {
        if (State is not (RevisionState.Submitted or RevisionState.Approved))
        {
            throw new WorkspaceRuleException("Drafting_StateChangeNotAllowed");
        }
        State = RevisionState.Superseded;
        StateToken = Guid.NewGuid();
    }

    private void Decided(string byUserId, string? reason, DateTimeOffset now)
    {
        DecidedById = byUserId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedAt = now;
    }

    private void Move(RevisionState from, RevisionState to)
    {
        if (State != from)
        {
            throw new WorkspaceRuleException("Drafting_StateChangeNotAllowed");
        }
        State = to;
        StateToken = Guid.NewGuid();
    }
}
