namespace StrategyWorkspace.Domain;

/// <summary>The states of a version in the life of a revision (DESIGN.md).</summary>
public enum RevisionState
{
    Draft,
    Submitted,
    Approved,
    Rejected,
}
