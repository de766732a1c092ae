using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>
/// The whole app on its own SQLite file in a temporary folder: real migrations, real Identity,
/// the demo committee. With <see cref="OnKestrel"/> it listens on a free loopback port for a browser.
/// When <c>SW_TEST_POSTGRES</c> holds a PostgreSQL connection string (no database named), the app
/// runs on its own throwaway PostgreSQL database instead, named after the folder and dropped on dispose;
/// with the demo committee it starts as a copy of a template database prepared once per test run.
/// </summary>
public class WorkspaceFactory : WebApplicationFactory<Program>
{
    private readonly string folder;
    private readonly bool ownsFolder;
    private readonly int port;
    private readonly bool seedDemoData;
    private readonly Dictionary<string, string?> settings = new();
    private DatabaseRelay? relay;

    /// <param name="port">0 for a free port; a given port lets a second instance take over the first one's address.</param>
    /// <param name="folder">Another instance's folder, to share its database; null for a new one, removed on dispose.</param>
    public WorkspaceFactory(bool onKestrel = false, bool seedDemoData = true, bool allowSelfRegistration = false, int port = 0, string? folder = null)
    {
        OnKestrel = onKestrel;
        this.port = port;
        this.seedDemoData = seedDemoData;
        ownsFolder = folder is null;
        this.folder = folder ?? Path.Combine(Path.GetTempPath(), "sw-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(this.folder);
        if (PostgresServer is { } server)
        {
            settings["Database:Provider"] = "Postgres";
            settings["Database:ConnectionString"] = $"{server};Database={PostgresDatabase}";
        }
        else
        {
            settings["Database:ConnectionString"] = $"Data Source={DatabasePath}";
        }
        settings["Workspace:SeedDemoData"] = seedDemoData.ToString();
        settings["Workspace:AllowSelfRegistration"] = allowSelfRegistration.ToString();
    }

    public bool OnKestrel { get; }

    public string Folder => folder;

    public string DatabasePath => Path.Combine(folder, "workspace.db");

    /// <summary>The PostgreSQL server the tests run on, if any (<c>SW_TEST_POSTGRES</c>).</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("SW_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>Instances sharing a folder share the database, as on SQLite.</summary>
    private string PostgresDatabase => $"sw_test_{Path.GetFileName(folder)}";

    /// <summary>The database provider this instance runs on, as configured.</summary>
    public bool OnPostgres => settings.GetValueOrDefault("Database:Provider") == "Postgres";

    /// <summary>The connection string the app uses.</summary>
    public string ConnectionString => settings["Database:ConnectionString"]!;

    /// <summary>On SQLite whatever the test pass: for what only SQLite has (its file, WAL, its folder).</summary>
    public WorkspaceFactory OnSqlite() =>
        With("Database:Provider", "Sqlite").With("Database:ConnectionString", $"Data Source={DatabasePath}");

    /// <summary>
    /// On PostgreSQL, the app reaches its server through a relay the test can cut and restore
    /// (<see cref="Relay"/>): the database goes away for this app alone, not for the other tests on the server.
    /// </summary>
    public WorkspaceFactory ThroughRelay()
    {
        if (PostgresServer is { } server && OnPostgres)
        {
            var direct = new Npgsql.NpgsqlConnectionStringBuilder(server);
            relay = new DatabaseRelay(direct.Host!, direct.Port);
            direct.Host = "127.0.0.1";
            direct.Port = relay.Port;
            direct.Database = PostgresDatabase;
            settings["Database:ConnectionString"] = direct.ConnectionString;
        }
        return this;
    }

    /// <summary>The relay set up by <see cref="ThroughRelay"/>.</summary>
    public DatabaseRelay Relay => relay ?? throw new InvalidOperationException("Not started through a relay (PostgreSQL only).");

    /// <summary>Context options on the app's database and provider, for a test that adds its own interceptors.</summary>
    public DbContextOptionsBuilder<WorkspaceDbContext> DatabaseOptions() =>
        OnPostgres
            ? new DbContextOptionsBuilder<WorkspaceDbContext>().UseNpgsql(ConnectionString)
            : new DbContextOptionsBuilder<WorkspaceDbContext>().UseSqlite(ConnectionString);

    /// <summary>Overrides a setting before the app starts.</summary>
    public WorkspaceFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (OnPostgres && ownsFolder && seedDemoData && PostgresServer is { } server)
        {
            // Migrating and seeding takes a second or two per database; copying a prepared one, a fraction.
            // Off the test's synchronization context: blocking on it here would wait for itself.
            Task.Run(() => PostgresTemplate.CopyAsync(server, PostgresDatabase)).GetAwaiter().GetResult();
        }
        builder.UseEnvironment(Environment.GetEnvironmentVariable("SW_TEST_ENV") ?? "Testing");
        // Outside Development the app expects published assets (MudBlazor's, blazor.web.js);
        // under test they come from the build's static web assets manifest instead.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (OnKestrel)
        {
            // Per TOOLCHAIN.md: UseKestrel(0) here, not on WithWebHostBuilder, or it binds port 5000.
            UseKestrel(port);
        }
    }

    /// <summary>The loopback address of the Kestrel server, without a trailing slash.</summary>
    public string ServerAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress.ToString().TrimEnd('/');
        }
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A service as a circuit gets it: from a fresh scope.</summary>
    public T Scoped<T>() where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task<string> UserIdAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}");
        return user.Id;
    }

    /// <summary>The name a demo account is shown by.</summary>
    public async Task<string> DisplayNameAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}")).DisplayName;
    }

    /// <summary>The id of the demo working group at this position in the document (1 = «Економіка і екологія»).</summary>
    public async Task<int> GroupIdAsync(int position = 1)
    {
        await using var db = await Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        return await db.WorkingGroups.Where(g => g.Position == position).Select(g => g.Id).FirstAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (relay is not null)
        {
            await relay.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ownsFolder && PostgresServer is { } server)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection($"{server};Database=postgres");
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
        if (ownsFolder)
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>One app and database per test class; tests make their own uniquely named data.</summary>
public sealed class WorkspaceFixture : IAsyncLifetime
{
    public WorkspaceFactory App { get; } = new();

    public ValueTask InitializeAsync()
    {
        _ = App.Services; // starts the host: migrations and demo data
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public static class Demo
{
    public const string Password = "Demo-2016!";
    public const string Admin = "admin@demo.local";
    public const string Chair = "chair@demo.local";
    public const string Expert = "expert@demo.local";
    public const string Translator = "translator@demo.local";
    public const string Economy = "economy@demo.local";
    public const string Social = "social@demo.local";
    public const string Governance = "governance@demo.local";
    public const string Infrastructure = "infrastructure@demo.local";
    public const string Security = "security@demo.local";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
