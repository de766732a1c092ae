namespace StrategyWorkspace.Domain;

public enum VerdictKind
{
    Endorse,
    RequestChanges,
}

/// <summary>An expert's verdict on a submitted version: endorse it, or ask for changes, with a note. Given through <see cref="ItemVersion.Judge"/>.</summary>
public class Verdict
{
    public const int MaxNoteLength = 10_000;

    private Verdict()
    {
    }

    internal Verdict(int itemId, int versionNumber, string expertId)
    {
        ItemId = itemId;
        VersionNumber = versionNumber;
        ExpertId = expertId;
    }

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public int VersionNumber { get; private set; }
    public string ExpertId { get; private set; } = "";
    public ApplicationUser? Expert { get; private set; }
    public VerdictKind Kind { get; private set; }
    public string Note { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    internal void Record(VerdictKind kind, string? note, DateTimeOffset now)
    {
        Kind = kind;
        Note = note?.Trim() ?? "";
        At = now;
    }
}
