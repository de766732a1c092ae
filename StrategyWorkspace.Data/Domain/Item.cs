namespace StrategyWorkspace.Domain;

/// <summary>One drafting unit of a working group: a problem, solution, goal or task, with its versions.</summary>
public class Item
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 200_000;
    public const int MaxChangeNoteLength = 500;

    public int Id { get; set; }
    public int WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }
    public ItemKind Kind { get; set; }

    /// <summary>Order inside the group and kind (1, 2, 3…); the item's number follows it.</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The number of the newest version. A concurrency token: two saves that read the same
    /// latest number cannot both append, whatever the database's locking does.
    /// </summary>
    public int LatestVersionNumber { get; private set; }

    public List<ItemVersion> Versions { get; } = [];
    public List<ItemLink> Links { get; } = [];

    /// <summary>
    /// Appends version N+1. History is append-only: nothing here changes or removes an
    /// existing version.
    /// </summary>
    public ItemVersion AddVersion(string title, string body, int? basedOn, string authorId, string changeNote, DateTimeOffset now)
    {
        if (basedOn is { } number && (number < 1 || number > LatestVersionNumber))
        {
            throw new WorkspaceRuleException("Drafting_UnknownBase");
        }
        var version = new ItemVersion(this, LatestVersionNumber + 1, title.Trim(), NormalizeNewLines(body), basedOn, authorId, changeNote.Trim(), now);
        LatestVersionNumber = version.Number;
        Versions.Add(version);
        return version;
    }

    /// <summary>Browsers send CRLF or LF; versions store LF so diffs and merges compare lines, not line endings.</summary>
    public static string NormalizeNewLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
