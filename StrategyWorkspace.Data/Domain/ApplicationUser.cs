using Microsoft.AspNetCore.Identity;

namespace StrategyWorkspace.Domain;

/// <summary>A person who signs in to the workspace: a civil servant, an expert, the chair or the secretariat.</summary>
public class ApplicationUser : IdentityUser
{
    public const int MaxDisplayNameLength = 200;

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account keeps its history but can no longer sign in.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The interface language this person chose ("uk" or "en"); null until they choose.</summary>
    public string? PreferredCulture { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<GroupMembership> Memberships { get; } = [];
}
