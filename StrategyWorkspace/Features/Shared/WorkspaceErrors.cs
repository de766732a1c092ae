namespace StrategyWorkspace.Features.Shared;

/// <summary>
/// The caller may not do this. Thrown by services whatever the page showed; carries the
/// resource key of the message the person sees.
/// </summary>
public sealed class ActionRefusedException(string messageKey = ActionRefusedException.NotAllowedKey)
    : Exception($"Action refused: {messageKey}")
{
    public const string NotAllowedKey = "Error_NotAllowed";

    public string MessageKey { get; } = messageKey;
}

/// <summary>
/// What the address or the action names is not there (any more): a stale link, a typed address, a
/// record removed meanwhile. A page that cannot load says so with the message, not as a failure.
/// </summary>
public sealed class NotFoundException(string messageKey) : Exception($"Not found: {messageKey}")
{
    public string MessageKey { get; } = messageKey;
}

/// <summary>The input breaks a rule; <see cref="Field"/> names the form field the message belongs to.</summary>
public sealed class InvalidInputException(string field, string messageKey, params object[] arguments)
    : Exception($"Invalid {field}: {messageKey}")
{
    public string Field { get; } = field;
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;
}

/// <summary>Someone else saved the same record since it was read.</summary>
public sealed class StaleDataException(string messageKey = "Error_StaleData") : Exception($"Stale data: {messageKey}")
{
    public string MessageKey { get; } = messageKey;
}
