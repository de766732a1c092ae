using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace StrategyWorkspace.Hosting;

/// <summary>The "Database" section of appsettings.json.</summary>
internal sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "Postgres";

    /// <summary><c>Sqlite</c> (embedded, one machine) or <c>Postgres</c> (several app instances on one database).</summary>
    public string Provider { get; set; } = SqliteProvider;
    public string ConnectionString { get; set; } = "";

    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string with a relative SQLite file path made absolute against the content root.</summary>
    public string ResolvedConnectionString(string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (IsFileDatabase(builder.DataSource) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }
        return builder.ToString();
    }

    internal static bool IsFileDatabase(string dataSource) =>
        !string.IsNullOrWhiteSpace(dataSource)
        && dataSource != ":memory:"
        && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Fails the start with a message naming the setting, instead of a stack trace on the first request.</summary>
internal sealed class DatabaseOptionsValidator(IHostEnvironment environment) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            return ValidatePostgres(options.ConnectionString);
        }
        if (!string.Equals(options.Provider, DatabaseOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Database:Provider is '{options.Provider}'; the supported values are '{DatabaseOptions.SqliteProvider}' and '{DatabaseOptions.PostgresProvider}'.");
        }
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Database:ConnectionString is empty; set it to e.g. 'Data Source=App_Data/strategy.db'.");
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(options.ResolvedConnectionString(environment.ContentRootPath));
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString cannot be read: {e.Message}");
        }

        return DatabaseOptions.IsFileDatabase(builder.DataSource)
            ? CheckWritableFolder(builder.DataSource)
            : ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult ValidatePostgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail(
                "Database:ConnectionString is empty; for Postgres set it to e.g. 'Host=localhost;Database=strategy;Username=strategy;Password=…'.");
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail("Database:ConnectionString names no Host for Postgres.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString cannot be read as a Postgres connection string: {e.Message}");
        }
    }

    private static ValidateOptionsResult CheckWritableFolder(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath)!;
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail(
                $"Database:ConnectionString points to '{databasePath}', but the folder '{folder}' cannot be written: {e.Message}");
        }
    }
}
