namespace StrategyWorkspace.Domain;

/// <summary>The roles of DESIGN.md. Group membership is data (<see cref="GroupMembership"/>), not a role.</summary>
public static class WorkspaceRoles
{
    public const string Administrator = "Administrator";
    public const string Chair = "Chair";
    public const string Expert = "Expert";
    public const string Member = "Member";

    public static readonly IReadOnlyList<string> All = [Administrator, Chair, Expert, Member];
}
