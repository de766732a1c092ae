using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>Each provider has its own migrations; a model change needs one in both, or that provider starts on an old schema.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>()
            .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsAssembly(DatabaseRegistration.SqliteMigrationsAssembly));
        using var db = new WorkspaceDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration under migrations/Sqlite (README: A new migration).");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        // No server is needed: the model is compared with the migrations' snapshot.
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused", postgres => postgres.MigrationsAssembly(DatabaseRegistration.PostgresMigrationsAssembly));
        using var db = new WorkspaceDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration under migrations/Postgres (README: A new migration).");
    }
}

/// <summary>What a migration does to the data a committee already has, on the provider of the test pass.</summary>
public sealed class DataMigrationsTests
{
    [Fact]
    public async Task Editions_merged_before_edition_numbering_are_renumbered_without_gaps_in_the_same_order()
    {
        await using var app = new WorkspaceFactory();
        var member = await app.UserIdAsync(Demo.Economy);
        var drafting = app.Scoped<DraftingService>();
        var second = await drafting.CreateItemAsync(member, await app.GroupIdAsync(), ItemKind.Problem, new DraftInput { Title = "Друга" }, []);
        var third = await drafting.CreateItemAsync(member, await app.GroupIdAsync(), ItemKind.Problem, new DraftInput { Title = "Третя" }, []);
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var first = await db.EditionEntries.SingleAsync(e => e.Kind == ItemKind.Problem);
        // As an edition merged before the migration holds them: the workspace's positions, gaps included.
        db.EditionEntries.AddRange(
            Entry(first, third, position: 7),
            Entry(first, second, position: 3));
        await db.SaveChangesAsync();

        var migrator = db.GetService<IMigrator>();
        var previous = db.Database.GetAppliedMigrations().Single(m => m.EndsWith("_DataProtectionKeys", StringComparison.Ordinal));
        await migrator.MigrateAsync(previous, TestContext.Current.CancellationToken);
        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var places = await db.EditionEntries.AsNoTracking().Where(e => e.Kind == ItemKind.Problem).OrderBy(e => e.Position).Select(e => new { e.ItemId, e.Position }).ToListAsync();
        Assert.Equal([(first.ItemId, 1), (second, 2), (third, 3)], places.Select(p => (p.ItemId, p.Position)));
    }

    private static EditionEntry Entry(EditionEntry like, int itemId, int position) => new()
    {
        EditionId = like.EditionId, ItemId = itemId, VersionNumber = 1, WorkingGroupId = like.WorkingGroupId,
        GroupPosition = like.GroupPosition, GroupName = like.GroupName, Kind = like.Kind, Position = position,
    };
}
