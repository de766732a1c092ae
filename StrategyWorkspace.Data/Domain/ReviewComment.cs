namespace StrategyWorkspace.Domain;

/// <summary>
/// A reviewer's comment anchored to a passage of a version's text, or a reply to one. The
/// passage is kept as quoted text and followed into later versions (<see cref="PassageAnchor"/>):
/// the comment stays with its sentence when it moved or was edited a little, and is shown as
/// outdated (never dropped) only when the passage is gone.
/// </summary>
public class ReviewComment
{
    public const int MaxTextLength = 10_000;
    public const int MaxPassageLength = PassageAnchor.MaxPassageLength;

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

    /// <summary>A comment on a passage the version's text contains (as quoted, line endings aside).</summary>
    public static ReviewComment OnPassage(int itemId, int versionNumber, string versionBody, string passage, string text, string authorId, DateTimeOffset now)
    {
        var checkedText = Checked(text);
        var anchor = PassageAnchor.Quoted(versionBody, passage, "Comments_PassageRequired", "Comments_PassageNotInText");
        return new ReviewComment { ItemId = itemId, VersionNumber = versionNumber, Passage = anchor, AuthorId = authorId, Text = checkedText, At = now };
    }

    /// <summary>A reply, on its thread's passage and version. Only a thread's first comment is replied to.</summary>
    public static ReviewComment ReplyTo(ReviewComment thread, string text, string authorId, DateTimeOffset now) =>
        thread.ParentId is not null
            ? throw new WorkspaceRuleException("Comments_NotFound")
            : new ReviewComment
            {
                ItemId = thread.ItemId, VersionNumber = thread.VersionNumber, ParentId = thread.Id, AuthorId = authorId, Text = Checked(text), At = now,
            };

    private static string Checked(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidInputException(nameof(Text), "Comments_TextRequired");
        }
        InvalidInputException.ThrowIfTooLong(nameof(Text), text, MaxTextLength);
        return text.Trim();
    }
}
