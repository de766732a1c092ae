namespace StrategyWorkspace.Domain;

/// <summary>A person's membership of a working group: what lets them draft that group's items.</summary>
public class GroupMembership
{
    public int WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }

    public string UserId { get; set; } = "";
    public ApplicationUser? User { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
