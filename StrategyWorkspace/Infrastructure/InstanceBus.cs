using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// Something one app instance tells the others on the same database: a live update for the
/// people whose pages are open there. The body is the sender's own record as JSON, so the bus
/// knows no feature. Small by design: PostgreSQL's NOTIFY takes under 8,000 bytes.
/// </summary>
public sealed record InstanceMessage(string Kind, JsonElement Body)
{
    /// <summary>The instance that sent it; set by the bus.</summary>
    public string From { get; init; } = "";

    public static InstanceMessage Of<T>(string kind, T body) => new(kind, JsonSerializer.SerializeToElement(body));

    public T? Read<T>() => Body.Deserialize<T>();
}

/// <summary>Carries <see cref="InstanceMessage"/>s between the app instances on one database.</summary>
public interface IInstanceBus
{
    /// <summary>This instance's name among the others.</summary>
    string InstanceId { get; }

    /// <summary>Completes once messages from other instances arrive (at once when there are none).</summary>
    Task Ready { get; }

    /// <summary>Whether other instances may be listening: what is only repeated for them can be skipped otherwise.</summary>
    bool ReachesOtherInstances { get; }

    /// <summary>Sends to every other instance; a failure is logged, not thrown: live updates are a courtesy, the data is in the database.</summary>
    Task SendAsync(InstanceMessage message);

    /// <summary>Calls the handler for each message from another instance.</summary>
    void Listen(Func<InstanceMessage, Task> handler);
}

/// <summary>On SQLite there is one instance: nobody else to tell.</summary>
internal sealed class LocalInstanceBus : IInstanceBus
{
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");
    public Task Ready => Task.CompletedTask;
    public bool ReachesOtherInstances => false;
    public Task SendAsync(InstanceMessage message) => Task.CompletedTask;
    public void Listen(Func<InstanceMessage, Task> handler) { }
}

/// <summary>
/// PostgreSQL's LISTEN/NOTIFY between instances: one connection per instance listens on a channel
/// (reconnecting after a lost connection); a message is a NOTIFY with its JSON.
/// </summary>
internal sealed class PostgresInstanceBus(IOptions<DatabaseOptions> database, ILogger<PostgresInstanceBus> logger)
    : BackgroundService, IInstanceBus
{
    private const string Channel = "strategy_workspace";
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    private readonly List<Func<InstanceMessage, Task>> handlers = [];
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // One pool of connections for sending, made on the first message (two at once would make two).
    private readonly Lazy<NpgsqlDataSource> senders = new(() => NpgsqlDataSource.Create(database.Value.ConnectionString));

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public Task Ready => listening.Task;
    public bool ReachesOtherInstances => true;

    public void Listen(Func<InstanceMessage, Task> handler)
    {
        lock (handlers)
        {
            handlers.Add(handler);
        }
    }

    public async Task SendAsync(InstanceMessage message)
    {
        try
        {
            await using var command = senders.Value.CreateCommand("SELECT pg_notify(@channel, @payload)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", JsonSerializer.Serialize(message with { From = InstanceId }));
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            logger.LogWarning(e, "Could not tell the other instances about {Kind}.", message.Kind);
        }
    }

    // Registered as a hosted service whatever the provider; on SQLite it has nothing to listen to.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.Value.IsPostgres)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.Value.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => _ = DispatchAsync(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                listening.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                logger.LogWarning(e, "Lost the live-update channel to the other instances; reconnecting.");
                try
                {
                    await Task.Delay(Reconnect, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task DispatchAsync(string payload)
    {
        InstanceMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<InstanceMessage>(payload);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "An unreadable message on the live-update channel.");
            return;
        }
        // NOTIFY reaches the sender too.
        if (message is null || message.From == InstanceId)
        {
            return;
        }
        Func<InstanceMessage, Task>[] current;
        lock (handlers)
        {
            current = [.. handlers];
        }
        foreach (var handler in current)
        {
            try
            {
                await handler(message);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A live update from another instance could not be delivered.");
            }
        }
    }

    public override void Dispose()
    {
        if (senders.IsValueCreated)
        {
            senders.Value.Dispose();
        }
        base.Dispose();
    }
}
