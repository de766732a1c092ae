using Microsoft.Extensions.Localization;
using MudBlazor;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Features.Shared;

/// <summary>Turns a refused or rejected action into the message a person reads, never an error page.</summary>
public static class Feedback
{
    public static string Describe(IStringLocalizer<SharedResource> localizer, Exception exception) => exception switch
    {
        ActionRefusedException refused => localizer[refused.MessageKey],
        InvalidInputException invalid => localizer[invalid.MessageKey, invalid.Arguments],
        StaleDataException stale => localizer[stale.MessageKey],
        Domain.WorkspaceRuleException rule => localizer[rule.MessageKey],
        _ => localizer["Error_Unexpected"],
    };

    public static bool IsExpected(Exception exception) =>
        exception is ActionRefusedException or InvalidInputException or StaleDataException or Domain.WorkspaceRuleException;

    /// <summary>Runs a command; an expected failure becomes a snackbar and false.</summary>
    public static async Task<bool> TryAsync(this ISnackbar snackbar, IStringLocalizer<SharedResource> localizer, Func<Task> command)
    {
        try
        {
            await command();
            return true;
        }
        catch (Exception e) when (IsExpected(e))
        {
            snackbar.Add(Describe(localizer, e), Severity.Error);
            return false;
        }
    }
}
