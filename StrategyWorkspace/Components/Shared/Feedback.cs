using Microsoft.Extensions.Localization;
using MudBlazor;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Components.Shared;

/// <summary>Turns a refused or rejected action into the message a person reads, never an error page.</summary>
internal static class Feedback
{
    public static string Describe(IStringLocalizer<SharedResource> localizer, Exception exception) => exception switch
    {
        WorkspaceException refusal => localizer[refusal.MessageKey, refusal.Arguments],
        _ when DatabaseAvailability.IsUnavailable(exception) => localizer["Error_DatabaseUnavailable"],
        _ => localizer["Error_Unexpected"],
    };

    public static bool IsExpected(Exception exception) =>
        exception is WorkspaceException || DatabaseAvailability.IsUnavailable(exception);

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
