using StrategyWorkspace.Data;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// Prepares the database at start (migrations, roles, demo data). A database server that does not
/// answer yet does not stop the app: it says so, naming the setting, keeps <c>/readyz</c> failing
/// and prepares the database as soon as the server answers, as a load balancer expects of an
/// instance that starts before its database.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<DatabaseStartup> logger)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);

    /// <summary>Why the database is not prepared yet; null once it is.</summary>
    public string? Problem { get; private set; } = "The database has not been prepared yet.";

    // Said once as an error; the retries every few seconds would otherwise fill the log.
    private bool unavailableReported;

    public async Task PrepareAsync()
    {
        if (await TryPrepareAsync())
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            while (!lifetime.ApplicationStopping.IsCancellationRequested && !await TryPrepareAsync())
            {
                try
                {
                    await Task.Delay(RetryEvery, lifetime.ApplicationStopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    private async Task<bool> TryPrepareAsync()
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(lifetime.ApplicationStopping);
            if (Problem is not null && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("The database answers and is prepared.");
            }
            Problem = null;
            return true;
        }
        catch (Exception e) when (DatabaseAvailability.IsUnavailable(e))
        {
            Problem = $"The database named in Database:ConnectionString does not answer ({e.GetBaseException().Message}). " +
                "The workspace is up, /readyz fails, and the database is prepared as soon as it answers.";
            if (!unavailableReported)
            {
                unavailableReported = true;
                logger.LogError("{Problem}", Problem);
            }
            return false;
        }
    }
}
