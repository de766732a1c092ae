using System.ComponentModel.DataAnnotations;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Admin.Groups;

public sealed record GroupMember(string UserId, string DisplayName, string Email);

public sealed record GroupSummary(
    int Id,
    string Name,
    string Description,
    int Position,
    bool IsArchived,
    bool IsCommittee,
    IReadOnlyList<GroupMember> Members);

/// <summary>An account that can be added to a group.</summary>
internal sealed record MemberCandidate(string UserId, string DisplayName, string Email);

internal sealed class GroupInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(WorkingGroup.MaxNameLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Name { get; set; } = "";

    [MaxLength(WorkingGroup.MaxDescriptionLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Description { get; set; } = "";
}
