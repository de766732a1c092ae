namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// The person a command acts for, once a rights check has let them through. The id a page passes in
/// is only a claim (a circuit may have nobody signed in); <see cref="Rights"/> and <see cref="GroupRights"/>
/// turn it into an actor or refuse, so what a service hands on to an entity or the log is never null.
/// </summary>
internal sealed record Actor
{
    internal Actor(string id) => Id = id;

    public string Id { get; }
}
