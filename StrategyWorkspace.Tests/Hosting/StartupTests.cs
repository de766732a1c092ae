using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace StrategyWorkspace.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task An_unwritable_database_path_stops_the_start_with_a_message_naming_the_setting()
    {
        await using var app = new WorkspaceFactory().OnSqlite().With("Database:ConnectionString", "Data Source=/proc/no-such-folder/strategy.db");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains("Database:ConnectionString", validation.Message);
        Assert.Contains("/proc/no-such-folder", validation.Message);
    }

    [Fact]
    public async Task An_unknown_database_provider_stops_the_start_with_a_message_naming_the_setting()
    {
        await using var app = new WorkspaceFactory().With("Database:Provider", "Oracle");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Database:Provider", error.GetBaseException().Message);
    }

    [Fact]
    public async Task An_unsupported_default_culture_stops_the_start()
    {
        await using var app = new WorkspaceFactory().With("Workspace:DefaultCulture", "fr");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Workspace:DefaultCulture", error.GetBaseException().Message);
    }

    [Fact]
    public async Task The_database_is_created_in_WAL_mode_with_the_demo_committee()
    {
        await using var app = new WorkspaceFactory().OnSqlite();
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();

        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
        Assert.True(File.Exists(app.DatabasePath));
        Assert.Equal(9, await db.Users.CountAsync());
        Assert.Equal(5, await db.WorkingGroups.CountAsync(g => !g.IsCommittee));
    }

    [Fact]
    public async Task Demo_data_is_never_added_to_a_database_that_already_has_data()
    {
        await using var app = new WorkspaceFactory();
        var initializer = app.Services.CreateScope().ServiceProvider.GetRequiredService<DatabaseInitializer>();

        await initializer.InitializeAsync();
        await initializer.InitializeAsync();

        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Strategies.CountAsync());
        Assert.Equal(5, await db.WorkingGroups.CountAsync(g => !g.IsCommittee));
        Assert.Equal(1, await db.WorkingGroups.CountAsync(g => g.IsCommittee));
        Assert.Equal(9, await db.Users.CountAsync());
    }

    [Fact]
    public async Task With_demo_seeding_off_the_database_starts_with_an_empty_strategy_and_no_accounts()
    {
        await using var app = new WorkspaceFactory(seedDemoData: false);
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();

        Assert.Equal(1, await db.Strategies.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        // Only the committee's own "group", which holds its sections.
        Assert.True(Assert.Single(await db.WorkingGroups.ToListAsync()).IsCommittee);
        Assert.Equal(5, await db.Roles.CountAsync());
    }
}

public sealed class InitialAdministratorTests
{
    [Fact]
    public async Task Without_demo_data_the_configured_first_administrator_is_created_once()
    {
        await using var app = new WorkspaceFactory(seedDemoData: false)
            .With("Workspace:InitialAdministratorEmail", "secretariat@oblast.example")
            .With("Workspace:InitialAdministratorPassword", "First-Admin-2026");

        var adminId = await app.UserIdAsync("secretariat@oblast.example");
        var accounts = await app.Scoped<StrategyWorkspace.Features.Admin.Users.UserAdminService>().ListAsync(adminId);

        var only = Assert.Single(accounts);
        Assert.Equal([StrategyWorkspace.Domain.WorkspaceRoles.Administrator], only.Roles);
    }

    [Fact]
    public async Task An_initial_administrator_email_without_a_password_stops_the_start()
    {
        await using var app = new WorkspaceFactory(seedDemoData: false).With("Workspace:InitialAdministratorEmail", "x@example.org");
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("Workspace:InitialAdministratorPassword", error.GetBaseException().Message);
    }
}
