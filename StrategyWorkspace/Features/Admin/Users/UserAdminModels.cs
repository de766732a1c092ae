using System.ComponentModel.DataAnnotations;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Admin.Users;

public sealed record UserSummary(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Groups,
    bool IsDisabled,
    bool IsLockedOut);

/// <summary>What the administrator sees once after creating an account or resetting a password.</summary>
public sealed record IssuedPassword(string UserId, string Email, string? OneTimePassword);

internal sealed class NewAccountInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [EmailAddress(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Email))]
    [MaxLength(256, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(ApplicationUser.MaxDisplayNameLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string DisplayName { get; set; } = "";

    public HashSet<string> Roles { get; set; } = [WorkspaceRoles.Member];

    /// <summary>Empty: the server generates a one-time password and shows it once.</summary>
    [MaxLength(100, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Password { get; set; }
}
