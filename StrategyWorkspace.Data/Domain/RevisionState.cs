namespace StrategyWorkspace.Domain;

/// <summary>The states of a version in the life of a revision (DESIGN.md).</summary>
public enum RevisionState
{
    Draft,
    Submitted,
    Approved,
    Rejected,

    /// <summary>Replaced: a newer version was submitted while this one was pending, or approved after this one.</summary>
    Superseded,
}
