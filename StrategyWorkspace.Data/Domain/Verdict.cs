namespace StrategyWorkspace.Domain;

public enum VerdictKind
{
    Endorse,
    RequestChanges,
}

/// <summary>An expert's verdict on a submitted version: endorse it, or ask for changes, with a note.</summary>
public class Verdict
{
    public const int MaxNoteLength = 10_000;

    public int Id { get; set; }
    public int ItemId { get; set; }
    public int VersionNumber { get; set; }
    public string ExpertId { get; set; } = "";
    public ApplicationUser? Expert { get; set; }
    public VerdictKind Kind { get; set; }
    public string Note { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
