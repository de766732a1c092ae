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
        NotFoundException missing => localizer[missing.MessageKey],
        StaleDataException stale => localizer[stale.MessageKey],
        Domain.WorkspaceRuleException rule => localizer[rule.MessageKey],
        _ when IsDatabaseUnavailable(exception) => localizer["Error_DatabaseUnavailable"],
        _ => localizer["Error_Unexpected"],
    };

    public static bool IsExpected(Exception exception) =>
        exception is ActionRefusedException or InvalidInputException or NotFoundException or StaleDataException or Domain.WorkspaceRuleException
        || IsDatabaseUnavailable(exception);

    /// <summary>
    /// The database server did not answer for a moment (a restart, a failover, a lost connection):
    /// the page says so and keeps what was typed; the next try or autosave goes through once it is back.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        // EF wraps the provider's failure (a DbUpdateException around NpgsqlException around an IOException).
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is DbException { IsTransient: true } or SocketException or TimeoutException)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A read for the page's frame (the title, the menu, the badge) that shows <paramref name="fallback"/>
    /// while the database does not answer, instead of taking the whole page or circuit down with it:
    /// the page's own content says what happened.
    /// </summary>
    public static async Task<T> OrWhileDatabaseUnavailable<T>(this Task<T> read, T fallback)
    {
        try
        {
            return await read;
        }
        catch (Exception e) when (IsDatabaseUnavailable(e))
        {
            return fallback;
        }
    }

    /// <summary>A side effect that may wait for the next time (marking a notice read on the way to its page).</summary>
    public static async Task SkippedWhileDatabaseUnavailable(this Task sideEffect)
    {
        try
        {
            await sideEffect;
        }
        catch (Exception e) when (IsDatabaseUnavailable(e))
        {
        }
    }

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
