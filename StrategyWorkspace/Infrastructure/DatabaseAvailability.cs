using System.Data.Common;
using System.Net.Sockets;

namespace StrategyWorkspace.Infrastructure;

/// <summary>What a moment without the database looks like, and the reads and side effects that may wait it out.</summary>
internal static class DatabaseAvailability
{
    /// <summary>
    /// The database server did not answer for a moment (a restart, a failover, a lost connection):
    /// the page says so and keeps what was typed; the next try or autosave goes through once it is back.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
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
        catch (Exception e) when (IsUnavailable(e))
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
        catch (Exception e) when (IsUnavailable(e))
        {
        }
    }
}
