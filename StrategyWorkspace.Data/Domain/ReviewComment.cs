namespace StrategyWorkspace.Domain;

/// <summary>
/// A reviewer's comment anchored to a passage of a version's text, or a reply to one. The
/// passage is kept as quoted text: the comment stays attached to later versions that still
/// contain it, and is shown as outdated (never dropped) when they do not.
/// </summary>
public class ReviewComment
{
    public const int MaxTextLength = 10_000;
    public const int MaxPassageLength = 2_000;

    public int Id { get; set; }
    public int ItemId { get; set; }
    public int VersionNumber { get; set; }

    /// <summary>Null for a reply, which belongs to its parent's passage.</summary>
    public string? Passage { get; set; }

    public int? ParentId { get; set; }
    public string AuthorId { get; set; } = "";
    public ApplicationUser? Author { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
