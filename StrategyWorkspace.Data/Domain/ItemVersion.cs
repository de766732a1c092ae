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

    internal ItemVersion(Item item, int number, string title, string body, int? basedOn, string authorId, string changeNote, DateTimeOffset createdAt)
    {
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

    /// <summary>New on every change of state, so two chairs deciding at once cannot both succeed.</summary>
    public Guid StateToken { get; private set; } = Guid.NewGuid();

    public void Submit() => Move(from: RevisionState.Draft, to: RevisionState.Submitted);

    internal void Submit(string byUserId, string? note, DateTimeOffset now)
    {
        Submit();
        SubmittedById = byUserId;
        SubmissionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        SubmittedAt = now;
    }

    public void Withdraw() => Move(from: RevisionState.Submitted, to: RevisionState.Draft);

    public void Approve() => Move(from: RevisionState.Submitted, to: RevisionState.Approved);

    internal void Approve(string byUserId, string? reason, DateTimeOffset now)
    {
        Approve();
        Decided(byUserId, reason, now);
    }

    public void Reject() => Move(from: RevisionState.Submitted, to: RevisionState.Rejected);

    internal void Reject(string byUserId, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkspaceRuleException("Review_ReasonRequired");
        }
        Reject();
        Decided(byUserId, reason, now);
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
