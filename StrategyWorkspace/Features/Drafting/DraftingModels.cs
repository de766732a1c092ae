using System.ComponentModel.DataAnnotations;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Drafting;

public sealed record GroupItems(
    int GroupId, int GroupPosition, string GroupName, bool CanEdit,
    IReadOnlyDictionary<ItemKind, IReadOnlyList<ItemRow>> ByKind);

/// <summary>An autosaved working copy, as it is restored into the editor.</summary>
public sealed record WorkingCopyView(string Title, string Body, int BaseVersionNumber, DateTimeOffset UpdatedAt, GoalTraits? Goal = null,
    IndicatorSet? Indicators = null, ProjectPlan? Project = null);

/// <summary>What a member submits to make a version.</summary>
public sealed class DraftInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(Item.MaxTitleLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Title { get; set; } = "";

    [MaxLength(Item.MaxBodyLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Body { get; set; } = "";

    [MaxLength(Item.MaxChangeNoteLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string ChangeNote { get; set; } = "";

    /// <summary>A goal's level, priority and condition; none keeps the newest version's (and makes a new goal strategic).</summary>
    public GoalTraits? Goal { get; set; }

    /// <summary>A goal's or task's indicators; none keeps the newest version's.</summary>
    public IndicatorSet? Indicators { get; set; }

    /// <summary>A project's place in the plan (executors, period, funding); none keeps the newest version's.</summary>
    public ProjectPlan? Project { get; set; }
}

/// <summary>Someone saved since this person's base: their version and the three-way merge with what was typed.</summary>
/// <param name="Goal">A goal's traits after the merge: the author's where they changed them, else the newer version's.</param>
/// <param name="Indicators">The indicators after the merge, the same way: the author's where they changed them, else the newer version's.</param>
/// <param name="Project">A project's plan after the merge, the same way.</param>
public sealed record ItemMerge(int BaseNumber, int TheirsNumber, string TheirsAuthor, TextMergeResult Title, TextMergeResult Body, GoalTraits? Goal = null,
    IndicatorSet? Indicators = null, ProjectPlan? Project = null)
{
    public bool IsClean => Title.IsClean && Body.IsClean;
}

/// <summary>How a save ended.</summary>
public abstract record SaveOutcome
{
    /// <summary>A new version was made.</summary>
    public sealed record Saved(int Number) : SaveOutcome;

    /// <summary>Nothing differs from the newest version (e.g. a second click on Save): no version made.</summary>
    public sealed record Unchanged(int Number) : SaveOutcome;

    /// <summary>Someone saved meanwhile: confirm the merge (or resolve its conflicts) and save on top of theirs.</summary>
    public sealed record NeedsMerge(ItemMerge Merge) : SaveOutcome;
}

/// <summary>The title and body a person agreed to in the merge dialog.</summary>
public sealed record MergedText(string Title, string Body);
