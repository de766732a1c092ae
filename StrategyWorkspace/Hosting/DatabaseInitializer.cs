using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Hosting;

/// <summary>Brings the database to the current schema at start, then makes sure the roles and a strategy exist.</summary>
internal sealed class DatabaseInitializer(
    IDbContextFactory<WorkspaceDbContext> contextFactory,
    RoleManager<IdentityRole> roleManager,
    UserManager<ApplicationUser> userManager,
    IOptions<WorkspaceOptions> options,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var guard = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!guard.Database.IsNpgsql())
        {
            // Two instances on one SQLite file (two hosts of a test, a second process by mistake): one prepares it while the
            // other waits, or the second found the first's half-seeded committee and completed it under the first's feet.
            await using var preparing = await PreparationLock.AcquireAsync(
                new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(guard.Database.GetConnectionString()).DataSource + ".preparing", cancellationToken);
            await PrepareAsync(cancellationToken);
            return;
        }
        // Several instances may start together on one PostgreSQL database: one prepares it (creates
        // it, migrates, seeds) while the others wait on a session lock, then find it ready.
        var creator = guard.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago.
            }
        }
        await guard.Database.OpenConnectionAsync(cancellationToken);
        await guard.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({AdvisoryLocks.Preparing})", cancellationToken);
        try
        {
            await PrepareAsync(cancellationToken);
        }
        finally
        {
            await guard.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryLocks.Preparing})", CancellationToken.None);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer saves; the setting is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        foreach (var role in WorkspaceRoles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var isEmpty = !await context.Strategies.AnyAsync(cancellationToken) && !await context.Users.AnyAsync(cancellationToken);
        if (isEmpty && options.Value.SeedDemoData)
        {
            logger.LogInformation("The database is empty: creating the demo committee.");
            await new DemoCommittee(context, userManager, clock).SeedAsync(cancellationToken);
        }
        else if (!await context.Strategies.AnyAsync(cancellationToken))
        {
            context.Strategies.Add(new Strategy { Horizon = clock.GetUtcNow().Year + 5 });
            await context.SaveChangesAsync(cancellationToken);
        }

        if (!await context.Users.AnyAsync(cancellationToken) && !string.IsNullOrWhiteSpace(options.Value.InitialAdministratorEmail))
        {
            await CreateInitialAdministratorAsync(options.Value.InitialAdministratorEmail, options.Value.InitialAdministratorPassword!);
        }
        await CommitteeSetup.EnsureAsync(context, options.Value.DocumentCulture, clock.GetUtcNow(), cancellationToken);
    }

    private async Task CreateInitialAdministratorAsync(string email, string password)
    {
        var administrator = new ApplicationUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = email.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await userManager.CreateAsync(administrator, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "Workspace:InitialAdministratorEmail/InitialAdministratorPassword: the account could not be created: "
                + string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await userManager.AddToRoleAsync(administrator, WorkspaceRoles.Administrator);
        logger.LogInformation("Created the initial administrator {Email}.", email);
    }
}

/// <summary>An exclusive lock on a file beside the database, held while one instance prepares it; the others wait their turn.</summary>
internal sealed class PreparationLock(FileStream file) : IAsyncDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    public static async Task<PreparationLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new PreparationLock(new FileStream(fullPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or FileNotFoundException or PathTooLongException) && waited.Elapsed < LongestWait)
            {
                // Another instance holds it: it is preparing the database.
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
