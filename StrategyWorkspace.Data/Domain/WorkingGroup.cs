namespace StrategyWorkspace.Domain;

/// <summary>
/// A working group (a direction of the strategy) whose members draft its items; or the committee itself, whose
/// sections (introduction, analysis, SWOT, vision, implementation) its members, the drafters the administrator
/// names, write with the same versions, review and merge as a group's items.
/// </summary>
public class WorkingGroup
{
    /// <summary>The committee's name as stored; the screens say it in the reader's language.</summary>
    public const string CommitteeName = "Розділи комітету";

    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2_000;

    public int Id { get; set; }
    public int StrategyId { get; set; }
    public Strategy? Strategy { get; set; }

    public string Name { get; private set; } = "";

    /// <summary>Trimmed and upper-cased name with a unique index: SQLite's NOCASE folds ASCII only, not Cyrillic.</summary>
    public string NormalizedName { get; private set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Order of the groups in the strategy document (1, 2, 3…).</summary>
    public int Position { get; set; }

    /// <summary>An archived group keeps its items and history but takes no new work.</summary>
    public bool IsArchived { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The committee's own "group": no number, not listed among the groups, never archived.</summary>
    public bool IsCommittee { get; private set; }

    public List<GroupMembership> Members { get; } = [];

    /// <summary>The owner of the committee's sections, before every group (position 0).</summary>
    public static WorkingGroup Committee(int strategyId, DateTimeOffset now)
    {
        return new WorkingGroup
        {
            StrategyId = strategyId, Position = 0, CreatedAt = now, IsCommittee = true,
            Name = CommitteeName, NormalizedName = Normalize(CommitteeName),
        };
    }

    /// <summary>A group drafts problems, solutions, goals and tasks; the committee only its sections.</summary>
    public bool Holds(ItemKind kind) => IsCommittee == kind.IsSection();

    public void Rename(string name)
    {
        RequireGroup();
        Name = name.Trim();
        NormalizedName = Normalize(name);
    }

    /// <summary>Archiving keeps the group's members, items and history; the committee's sections are never archived.</summary>
    public void SetArchived(bool archived)
    {
        RequireGroup();
        IsArchived = archived;
    }

    /// <summary>The committee is named by the workspace, not by the administrator, and always takes work.</summary>
    private void RequireGroup()
    {
        if (IsCommittee)
        {
            throw new WorkspaceRuleException("Sections_CommitteeIsNotAGroup");
        }
    }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
