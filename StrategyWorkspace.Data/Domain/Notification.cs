namespace StrategyWorkspace.Domain;

public enum NotificationKind
{
    /// <summary>To experts and the chair: a version waits for review.</summary>
    NewSubmission,

    /// <summary>To the group's members: an expert recorded a verdict.</summary>
    Verdict,

    /// <summary>To the group's members: the chair approved.</summary>
    Approved,

    /// <summary>To the group's members: the chair rejected.</summary>
    Rejected,

    /// <summary>To the group's members: a reviewer commented on a passage or replied.</summary>
    Commented,

    /// <summary>To the group's members: a reviewer suggested an edit.</summary>
    Suggested,

    /// <summary>To the suggestion's author: a member took it into a new version.</summary>
    SuggestionAccepted,

    /// <summary>To the suggestion's author: a member declined it, saying why.</summary>
    SuggestionDeclined,
}

/// <summary>One message in a person's inbox about something that happened to an item.</summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public int ItemId { get; set; }
    public int VersionNumber { get; set; }

    /// <summary>Who did it, by name, as it was then.</summary>
    public string ActorName { get; set; } = "";

    /// <summary>The item's number and title as they were then.</summary>
    public string ItemLabel { get; set; } = "";

    public DateTimeOffset At { get; set; }
    public bool IsRead { get; set; }
}
