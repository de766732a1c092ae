namespace StrategyWorkspace.Domain;

public enum ActivityKind
{
    VersionSaved,
    Submitted,
    Withdrawn,
    Approved,
    Rejected,
    Verdict,
    Commented,
    WithdrawnFromDocument,
    ReturnedToDocument,
    EditionMerged,
    ConsultationOpened,
    ConsultationClosed,
    ProposalPublished,
    ProposalRejected,
    ProposalAnswered,
    EditionAdopted,
    ReportPublished,
    CallOpened,
    CallClosed,
    ProjectProposalAccepted,
    ProjectProposalDeclined,
    Suggested,
    SuggestionAccepted,
    SuggestionDeclined,
    Translated,
}

/// <summary>
/// One line of the activity log: who did what, when and why. Entries are only ever added;
/// nothing in the workspace edits or deletes them.
/// </summary>
public class ActivityEntry
{
    public const int MaxNoteLength = 10_000;

    private ActivityEntry()
    {
    }

    public ActivityEntry(ActivityKind kind, string actorId, DateTimeOffset at, int? groupId, int? itemId, int? versionNumber, string? note)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        WorkingGroupId = groupId;
        ItemId = itemId;
        VersionNumber = versionNumber;
        Note = string.IsNullOrWhiteSpace(note) ? null : Shortened(note.Trim());
    }

    // A note is often the record's own text with a word before it ("RequestChanges: …"), which can pass
    // the column's length by those few letters; the record itself keeps the whole text.
    private static string Shortened(string note) => note.Length <= MaxNoteLength ? note : note[..(MaxNoteLength - 1)] + "…";

    public long Id { get; private set; }
    public ActivityKind Kind { get; private set; }
    public string ActorId { get; private set; } = "";
    public ApplicationUser? Actor { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? WorkingGroupId { get; private set; }
    public int? ItemId { get; private set; }
    public int? VersionNumber { get; private set; }
    public string? Note { get; private set; }
}
