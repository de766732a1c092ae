namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// The PostgreSQL advisory locks the app instances on one database share, in one place so two
/// uses never pick the same number by accident.
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>Held for a write transaction: the workspace's writes take one turn, as on SQLite.</summary>
    public const long Writes = 7212016;

    /// <summary>Held while one instance creates, migrates and seeds the database; the others wait.</summary>
    public const long Preparing = 7212017;
}
