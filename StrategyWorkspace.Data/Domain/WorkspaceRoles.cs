namespace StrategyWorkspace.Domain;

/// <summary>The roles of DESIGN.md. Group membership is data (<see cref="GroupMembership"/>), not a role.</summary>
public static class WorkspaceRoles
{
    public const string Administrator = "Administrator";
    public const string Chair = "Chair";
    public const string Expert = "Expert";
    public const string Member = "Member";

    /// <summary>Writes the translations of any group's items and sections, and nothing else.</summary>
    public const string Translator = "Translator";

    public static readonly IReadOnlyList<string> All = [Administrator, Chair, Expert, Member, Translator];

    /// <summary>
    /// Who decides for the committee: approves, merges, runs the consultation. The chair, and the
    /// administrator standing in. In the comma-separated form <c>AuthorizeView Roles</c> takes.
    /// </summary>
    public const string ChairOrAdministrator = Chair + "," + Administrator;

    /// <summary>Who comments on a submission: the experts and whoever decides.</summary>
    public const string Reviewers = Expert + "," + ChairOrAdministrator;

    /// <summary>Whether the <paramref name="held"/> roles include one of the comma-separated <paramref name="roles"/>.</summary>
    public static bool AnyOf(string roles, IEnumerable<string> held) => held.Any(roles.Split(',').Contains);
}
