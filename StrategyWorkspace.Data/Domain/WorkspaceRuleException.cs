namespace StrategyWorkspace.Domain;

/// <summary>A workflow rule of the strategy was broken (e.g. approving a draft); carries a resource key.</summary>
public sealed class WorkspaceRuleException(string messageKey) : InvalidOperationException($"Rule broken: {messageKey}")
{
    public string MessageKey { get; } = messageKey;
}
