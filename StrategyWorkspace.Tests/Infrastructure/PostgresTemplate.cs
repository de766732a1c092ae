using Npgsql;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL database migrated and seeded with the demo committee once per test run; each test's
/// database starts as a copy of it (<c>CREATE DATABASE … TEMPLATE</c>), as each SQLite test starts on a new file.
/// </summary>
internal static class PostgresTemplate
{
    private const string FolderName = "template";
    private const string Name = "sw_test_" + FolderName;
    private static readonly SemaphoreSlim Preparing = new(1, 1);
    private static bool prepared;

    public static async Task CopyAsync(string server, string database)
    {
        await EnsurePreparedAsync(server);
        await using var connection = await OpenAsync(server);
        await ExecuteAsync(connection, $"CREATE DATABASE \"{database}\" TEMPLATE {Name}");
    }

    private static async Task EnsurePreparedAsync(string server)
    {
        await Preparing.WaitAsync();
        try
        {
            if (prepared)
            {
                return;
            }
            await using (var connection = await OpenAsync(server))
            {
                // One left by an earlier run may predate the current migrations.
                await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
            }
            // The app prepares it as it would any new database: its migrations and its seed.
            await using (var app = new WorkspaceFactory(folder: Path.Combine(Path.GetTempPath(), "sw-tests", FolderName)))
            {
                _ = app.Services;
            }
            await using (var connection = await OpenAsync(server))
            {
                // A copy needs a template nobody is connected to; the app's pooled connections still are.
                await ExecuteAsync(connection, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}'");
            }
            prepared = true;
        }
        finally
        {
            Preparing.Release();
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string server)
    {
        var connection = new NpgsqlConnection($"{server};Database=postgres");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
