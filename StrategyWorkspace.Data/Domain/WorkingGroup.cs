namespace StrategyWorkspace.Domain;

/// <summary>A working group (a direction of the strategy) whose members draft its items.</summary>
public class WorkingGroup
{
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
    public bool IsArchived { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<GroupMembership> Members { get; } = [];

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = Normalize(name);
    }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
