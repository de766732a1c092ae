namespace StrategyWorkspace.Domain;

/// <summary>What a suggested edit does to its passage.</summary>
public enum SuggestionKind
{
    /// <summary>The passage replaced by the suggested text.</summary>
    Replace,

    /// <summary>The passage removed.</summary>
    Delete,

    /// <summary>The suggested text added right after the passage, which stays.</summary>
    InsertAfter,
}

public enum SuggestionState
{
    Open,
    Accepted,

    /// <summary>Taken in, with the member's own changes to the suggested text.</summary>
    AcceptedWithChanges,
    Declined,
}

/// <summary>
/// An expert's (or the chair's) suggested edit of a passage of a version, with a reason: as Word's and Google Docs'
/// suggestions and GitHub's suggested changes. Experts never save versions; the group decides: a member accepts it (a new
/// version with the change, the expert credited), accepts it with changes, or declines it with a reason. The passage is
/// followed into later versions as a comment's is (<see cref="PassageAnchor"/>), so a suggestion on a sentence that moved
/// or gained a word still applies; one on a passage that is gone is marked so, never lost.
/// </summary>
public class Suggestion
{
    public const int MaxTextLength = 10_000;
    public const int MaxReasonLength = 2_000;

    public int Id { get; set; }
    public int ItemId { get; set; }

    /// <summary>The version the passage was chosen on.</summary>
    public int VersionNumber { get; set; }

    public string Passage { get; set; } = "";
    public SuggestionKind Kind { get; set; }

    /// <summary>The suggested text: what replaces the passage, or follows it; empty for a deletion.</summary>
    public string Text { get; set; } = "";

    public string Reason { get; set; } = "";
    public string AuthorId { get; set; } = "";
    public ApplicationUser? Author { get; set; }
    public DateTimeOffset At { get; set; }

    public SuggestionState State { get; set; }
    public string? DecidedById { get; set; }
    public ApplicationUser? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why it was declined; for one accepted with changes, the text the member took instead.</summary>
    public string? Decision { get; set; }

    /// <summary>The version that took it in.</summary>
    public int? TakenInVersion { get; set; }

    public bool IsOpen => State == SuggestionState.Open;

    /// <summary>A suggestion on a passage the version's text contains, refused with the field and reason a person can act on.</summary>
    public static Suggestion On(int itemId, int versionNumber, string versionBody, string passage, SuggestionKind kind, string? text, string? reason,
        string authorId, DateTimeOffset now)
    {
        var anchor = PassageAnchor.Quoted(versionBody, passage, "Suggestions_PassageRequired", "Suggestions_PassageNotInText");
        var suggested = Item.NormalizeNewLines(text ?? "");
        InvalidInputException.ThrowIfTooLong(nameof(Text), suggested, MaxTextLength);
        switch (kind)
        {
            case SuggestionKind.Delete:
                suggested = "";
                break;
            case SuggestionKind.Replace when suggested.Trim().Length == 0:
                // An empty replacement is a deletion, which says so.
                throw new InvalidInputException(nameof(Text), "Suggestions_TextRequired");
            case SuggestionKind.Replace when suggested.Trim() == anchor:
                throw new InvalidInputException(nameof(Text), "Suggestions_TextUnchanged");
            case SuggestionKind.InsertAfter when suggested.Trim().Length == 0:
                throw new InvalidInputException(nameof(Text), "Suggestions_TextRequired");
        }
        var why = (reason ?? "").Trim();
        InvalidInputException.ThrowIfTooLong(nameof(Reason), why, MaxReasonLength);
        return new Suggestion
        {
            ItemId = itemId, VersionNumber = versionNumber, Passage = anchor, Kind = kind, Text = kind == SuggestionKind.Replace ? suggested.Trim() : suggested,
            Reason = why, AuthorId = authorId, At = now, State = SuggestionState.Open,
        };
    }

    /// <summary>Declined by a member of the group, with the reason the expert will read.</summary>
    public void Decline(string actorId, string? reason, DateTimeOffset now)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException(nameof(Decision), "Suggestions_ReasonRequired");
        }
        InvalidInputException.ThrowIfTooLong(nameof(Decision), reason, MaxReasonLength);
        (State, DecidedById, DecidedAt, Decision) = (SuggestionState.Declined, actorId, now, reason.Trim());
    }

    /// <summary>Taken into <paramref name="version"/>, as suggested or with the member's <paramref name="changedText"/>.</summary>
    public void Accept(string actorId, int version, string? changedText, DateTimeOffset now)
    {
        RequireOpen();
        var changed = changedText is not null && Item.NormalizeNewLines(changedText).Trim() != Text.Trim();
        (State, DecidedById, DecidedAt, TakenInVersion, Decision) =
            (changed ? SuggestionState.AcceptedWithChanges : SuggestionState.Accepted, actorId, now, version, changed ? changedText!.Trim() : null);
    }

    /// <summary>The text that goes in: the member's own where they changed it, else the suggested one.</summary>
    public string TextTaken(string? changedText) => Kind == SuggestionKind.Delete ? "" : changedText is null ? Text : Item.NormalizeNewLines(changedText).Trim();

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new WorkspaceRuleException("Suggestions_AlreadyDecided");
        }
    }

    /// <summary>
    /// <paramref name="body"/> with every suggestion applied where its passage now stands, from the end of the text back so
    /// each place stays true. Refused when a passage is gone or two suggestions touch the same words.
    /// </summary>
    public static string ApplyAll(string body, IReadOnlyList<(Suggestion Suggestion, PassagePlace Place, string? ChangedText)> accepted)
    {
        var ordered = accepted.OrderByDescending(a => a.Place.Start).ToList();
        if (ordered.Any(a => !a.Place.IsFound))
        {
            throw new WorkspaceRuleException("Suggestions_PassageGone");
        }
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Place.Start + ordered[i].Place.Text.Length > ordered[i - 1].Place.Start)
            {
                throw new WorkspaceRuleException("Suggestions_Overlap");
            }
        }
        var text = body;
        foreach (var (suggestion, place, changedText) in ordered)
        {
            var taken = suggestion.TextTaken(changedText);
            var (start, end) = (place.Start, place.Start + place.Text.Length);
            if (suggestion.Kind == SuggestionKind.Delete)
            {
                // Words removed from the middle of a sentence leave one space, not two; none is left before a full stop, at the
                // end of a line, or at its start.
                var lineEnds = end == text.Length || text[end] == '\n';
                var lineStarts = start == 0 || text[start - 1] == '\n';
                if (!lineStarts && text[start - 1] == ' ' && (lineEnds || char.IsPunctuation(text[end])))
                {
                    start--;
                }
                else if (!lineEnds && text[end] == ' ' && (lineStarts || text[start - 1] == ' '))
                {
                    end++;
                }
                text = text[..start] + text[end..];
                continue;
            }
            text = suggestion.Kind switch
            {
                SuggestionKind.InsertAfter => text.Insert(end, Joined(text, end, taken)),
                _ => text[..start] + taken + text[end..],
            };
        }
        return text;
    }

    /// <summary>An inserted text with the space between it and the passage a writer would put, unless one is there.</summary>
    private static string Joined(string text, int at, string inserted) =>
        at > 0 && !char.IsWhiteSpace(text[at - 1]) && inserted.Length > 0 && !char.IsWhiteSpace(inserted[0]) && !char.IsPunctuation(inserted[0])
            ? " " + inserted
            : inserted;
}
