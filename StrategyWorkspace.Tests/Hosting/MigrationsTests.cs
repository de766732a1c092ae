using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>Each provider has its own migrations; a model change needs one in both, or that provider starts on an old schema.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>()
            .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsAssembly(WorkspaceHostingExtensions.SqliteMigrationsAssembly));
        using var db = new WorkspaceDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration under migrations/Sqlite (README: A new migration).");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        // No server is needed: the model is compared with the migrations' snapshot.
        var options = new DbContextOptionsBuilder<WorkspaceDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=unused", postgres => postgres.MigrationsAssembly(WorkspaceHostingExtensions.PostgresMigrationsAssembly));
        using var db = new WorkspaceDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration under migrations/Postgres (README: A new migration).");
    }
}
