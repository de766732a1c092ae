namespace StrategyWorkspace.Domain;

/// <summary>
/// What the workspace refuses on purpose, as opposed to a failure: every such refusal carries the
/// resource key (and its arguments) of the message the person reads, so one mapping
/// (<c>Feedback.Describe</c>) turns any of them into words and none becomes an error page.
/// </summary>
public abstract class WorkspaceException(string messageKey, object[] arguments, string description)
    : Exception(description)
{
    public string MessageKey { get; } = messageKey;
    public object[] Arguments { get; } = arguments;
}

/// <summary>A workflow rule of the strategy was broken (e.g. approving a draft).</summary>
public sealed class WorkspaceRuleException(string messageKey) : WorkspaceException(messageKey, [], $"Rule broken: {messageKey}");

/// <summary>
/// The caller may not do this. Thrown by services whatever the page showed.
/// </summary>
public sealed class ActionRefusedException(string messageKey = ActionRefusedException.NotAllowedKey)
    : WorkspaceException(messageKey, [], $"Action refused: {messageKey}")
{
    public const string NotAllowedKey = "Error_NotAllowed";
}

/// <summary>
/// What the address or the action names is not there (any more): a stale link, a typed address, a
/// record removed meanwhile. A page that cannot load says so with the message, not as a failure.
/// </summary>
public sealed class NotFoundException(string messageKey) : WorkspaceException(messageKey, [], $"Not found: {messageKey}");

/// <summary>The input breaks a rule; <see cref="Field"/> names the form field the message belongs to.</summary>
public sealed class InvalidInputException(string field, string messageKey, params object[] arguments)
    : WorkspaceException(messageKey, arguments, $"Invalid {field}: {messageKey}")
{
    public string Field { get; } = field;

    /// <summary>Refuses text longer than the field holds (the resource's first argument is the field's label, filled in by the form).</summary>
    public static void ThrowIfTooLong(string field, string? text, int maxLength)
    {
        if (text?.Length > maxLength)
        {
            throw new InvalidInputException(field, "Validation_MaxLength", "", maxLength);
        }
    }
}

/// <summary>Someone else saved the same record since it was read.</summary>
public sealed class StaleDataException(string messageKey = "Error_StaleData") : WorkspaceException(messageKey, [], $"Stale data: {messageKey}");
