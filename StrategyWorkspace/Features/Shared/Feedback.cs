using System.Data.Common;
using System.Net.Sockets;
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
        _ when IsDatabaseUnavailable(exception) => localizer["Error_DatabaseUnavailable"],
        _ => localizer["Error_Unexpected"],
    };

    public static bool IsExpected(Exception exception) =>
        exception is ActionRefusedException or InvalidInputException or StaleDataException or Domain.WorkspaceRuleException
        || IsDatabaseUnavailable(exception);

    /// <summary>
    /// The database server did not answer for a moment (a restart, a failover, a lost connection):
    /// the page says so and keeps what was typed; the next try or autosave goes through once it is back.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception) =>
        exception is DbException { IsTransient: true }
        || exception.GetBaseException() is SocketException or TimeoutException;

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
