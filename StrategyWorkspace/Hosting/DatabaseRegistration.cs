using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// The database, SQLite or PostgreSQL as the settings say: a context per operation, the write turn, the key
/// ring every instance shares, the bus that carries live updates between instances, and the start-up that migrates.
/// </summary>
internal static class DatabaseRegistration
{
    internal const string SqliteMigrationsAssembly = "StrategyWorkspace.Migrations.Sqlite";
    internal const string PostgresMigrationsAssembly = "StrategyWorkspace.Migrations.Postgres";

    internal static void AddWorkspaceDatabase(this IServiceCollection services)
    {
        // One key ring for every instance on the database: a cookie one signed, another accepts.
        services.AddDataProtection().SetApplicationName("StrategyWorkspace").PersistKeysToDbContext<WorkspaceDbContext>();
        services.AddDbContextFactory<WorkspaceDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            if (database.IsPostgres)
            {
                options.UseNpgsql(database.ConnectionString, postgres => postgres.MigrationsAssembly(PostgresMigrationsAssembly));
            }
            else
            {
                options.UseSqlite(
                    database.ResolvedConnectionString(contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            }
        });
        services.AddSingleton<DatabaseWriteGate>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<DatabaseStartup>();
        // Live updates reach the people on other instances through PostgreSQL; on SQLite there are none.
        services.AddSingleton<PostgresInstanceBus>();
        services.AddHostedService(provider => provider.GetRequiredService<PostgresInstanceBus>());
        services.AddSingleton<IInstanceBus>(provider => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres
            ? provider.GetRequiredService<PostgresInstanceBus>()
            : new LocalInstanceBus());
        services.AddWorkspaceHealthChecks();
    }
}
