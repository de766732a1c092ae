namespace StrategyWorkspace.Domain;

/// <summary>One drafting unit of a working group: a problem, solution, goal or task, with its versions.</summary>
public class Item
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 200_000;
    public const int MaxChangeNoteLength = 500;

    public int Id { get; set; }
    public int WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }
    public ItemKind Kind { get; set; }

    /// <summary>Order inside the group and kind (1, 2, 3…); the item's number follows it.</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The number of the newest version. A concurrency token: two saves that read the same
    /// latest number cannot both append, whatever the database's locking does.
    /// </summary>
    public int LatestVersionNumber { get; private set; }

    /// <summary>The version the chair approved last; the one the next edition takes.</summary>
    public int? ApprovedVersionNumber { get; private set; }

    /// <summary>
    /// Set when the group takes the item out of the strategy document; the chair's next merge
    /// leaves it out of the new edition. Its history stays, and the group can bring it back.
    /// </summary>
    public DateTimeOffset? WithdrawnFromDocumentAt { get; private set; }

    public bool IsWithdrawnFromDocument => WithdrawnFromDocumentAt is not null;

    public List<ItemVersion> Versions { get; } = [];
    public List<ItemLink> Links { get; } = [];

    /// <summary>
    /// Appends version N+1. History is append-only: nothing here changes or removes an
    /// existing version.
    /// </summary>
    /// <param name="goal">A goal's level, priority and condition (a goal without them is strategic, with none); nothing for other kinds.</param>
    /// <param name="indicators">A goal's or task's indicators, checked by the caller against the strategy's horizon; nothing for other kinds.</param>
    /// <param name="project">A project's place in the plan, checked by the caller against the horizon; nothing for other kinds.</param>
    public ItemVersion AddVersion(string title, string body, int? basedOn, string authorId, string changeNote, DateTimeOffset now, GoalTraits? goal = null,
        IndicatorSet? indicators = null, ProjectPlan? project = null)
    {
        if (basedOn is { } number && (number < 1 || number > LatestVersionNumber))
        {
            throw new WorkspaceRuleException("Items_UnknownVersion");
        }
        if (goal is not null && Kind != ItemKind.Goal)
        {
            throw new WorkspaceRuleException("Goal_TraitsOnlyForGoals");
        }
        if (indicators is { Count: > 0 } && !Kind.HasIndicators())
        {
            throw new WorkspaceRuleException("Indicator_OnlyForGoalsAndTasks");
        }
        if (project is { IsEmpty: false } && !Kind.HasPlan())
        {
            throw new WorkspaceRuleException("Project_OnlyForProjects");
        }
        var traits = Kind == ItemKind.Goal ? (goal ?? GoalTraits.Default).Checked() : null;
        var version = new ItemVersion(this, LatestVersionNumber + 1, title.Trim(), NormalizeNewLines(body), basedOn, authorId, changeNote.Trim(), now, traits,
            indicators ?? IndicatorSet.Empty, project ?? ProjectPlan.Empty);
        LatestVersionNumber = version.Number;
        Versions.Add(version);
        return version;
    }

    /// <summary>
    /// Submits a version for approval. Only the newest version can be submitted, and an item has
    /// at most one pending submission: an older pending one is superseded.
    /// </summary>
    public void Submit(ItemVersion version, string byUserId, string? note, DateTimeOffset now)
    {
        if (version.Number != LatestVersionNumber)
        {
            throw new WorkspaceRuleException("Review_OnlyNewestCanBeSubmitted");
        }
        foreach (var pending in Versions.Where(v => v.State == RevisionState.Submitted && v != version))
        {
            pending.Supersede();
        }
        version.Submit(byUserId, note, now);
    }

    /// <summary>The member takes a pending submission back; it is a draft again, with who took it and when.</summary>
    public void Withdraw(ItemVersion version, string byUserId, DateTimeOffset now) => version.Withdraw(byUserId, now);

    /// <summary>Approves a pending version; the previously approved one is superseded but stays in history.</summary>
    public void Approve(ItemVersion version, string byUserId, string? reason, DateTimeOffset now)
    {
        version.Approve(byUserId, reason, now);
        // Versions holds what the caller loaded: the service loads every approved one for this.
        foreach (var earlier in Versions.Where(v => v.State == RevisionState.Approved && v != version))
        {
            earlier.Supersede();
        }
        ApprovedVersionNumber = version.Number;
    }

    /// <summary>Rejects a pending version with the chair's reason (required); the member can revise it.</summary>
    public void Reject(ItemVersion version, string byUserId, string reason, DateTimeOffset now) =>
        version.Reject(byUserId, reason, now);

    /// <param name="inTheDocument">Whether the current edition holds the item: one it does not hold has nothing to leave.</param>
    public void WithdrawFromDocument(DateTimeOffset now, bool inTheDocument)
    {
        if (!inTheDocument && !IsWithdrawnFromDocument)
        {
            throw new WorkspaceRuleException("Consolidation_NotInDocument");
        }
        if (IsWithdrawnFromDocument)
        {
            throw new WorkspaceRuleException("Consolidation_AlreadyWithdrawn");
        }
        WithdrawnFromDocumentAt = now;
    }

    public void ReturnToDocument()
    {
        if (!IsWithdrawnFromDocument)
        {
            throw new WorkspaceRuleException("Consolidation_NotWithdrawn");
        }
        WithdrawnFromDocumentAt = null;
    }

    /// <summary>Browsers send CRLF or LF; versions store LF so diffs and merges compare lines, not line endings.</summary>
    public static string NormalizeNewLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
