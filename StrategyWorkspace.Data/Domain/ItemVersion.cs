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

    public void Submit() => Move(from: RevisionState.Draft, to: RevisionState.Submitted);

    public void Withdraw() => Move(from: RevisionState.Submitted, to: RevisionState.Draft);

    public void Approve() => Move(from: RevisionState.Submitted, to: RevisionState.Approved);

    public void Reject() => Move(from: RevisionState.Submitted, to: RevisionState.Rejected);

    private void Move(RevisionState from, RevisionState to)
    {
        if (State != from)
        {
            throw new WorkspaceRuleException("Drafting_StateChangeNotAllowed");
        }
        State = to;
    }
}
