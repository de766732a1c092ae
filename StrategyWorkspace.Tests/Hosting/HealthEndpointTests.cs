using System.Net;
using Microsoft.Data.Sqlite;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>What a load balancer asks: is the process up, and can it reach its database.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Both_answer_healthy_without_signing_in_while_the_database_answers()
    {
        await using var app = new WorkspaceFactory();
        using var balancer = app.CreateClient();

        var live = await balancer.GetAsync("/healthz");
        var ready = await balancer.GetAsync("/readyz");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal("no-store, no-cache", ready.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Ready_fails_while_the_database_file_cannot_be_opened_and_live_does_not_then_both_recover()
    {
        await using var app = new WorkspaceFactory().OnSqlite();
        using var balancer = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await balancer.GetAsync("/readyz")).StatusCode);

        // The database file goes away and a folder takes its name: nothing can open it.
        var moved = app.DatabasePath + ".away";
        SqliteConnection.ClearAllPools();
        File.Move(app.DatabasePath, moved);
        Directory.CreateDirectory(app.DatabasePath);
        try
        {
            var ready = await balancer.GetAsync("/readyz");
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.OK, (await balancer.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            Directory.Delete(app.DatabasePath);
            File.Move(moved, app.DatabasePath);
            SqliteConnection.ClearAllPools();
        }

        Assert.Equal(HttpStatusCode.OK, (await balancer.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Ready_fails_while_the_database_server_is_cut_off_and_recovers_when_it_is_back()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "A database server to lose needs PostgreSQL (SW_TEST_POSTGRES).");
        await using var app = new WorkspaceFactory().ThroughRelay();
        using var balancer = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await balancer.GetAsync("/readyz")).StatusCode);

        app.Relay.Cut();
        var ready = await balancer.GetAsync("/readyz");
        var live = await balancer.GetAsync("/healthz");
        app.Relay.Restore();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await balancer.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task A_database_server_that_does_not_answer_at_start_is_named_and_ready_fails_while_the_app_runs()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        await using var app = new WorkspaceFactory()
            .With("Database:Provider", "Postgres")
            .With("Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=strategy;Username=strategy;Timeout=2");
        using var balancer = app.CreateClient();

        var live = await balancer.GetAsync("/healthz");
        var ready = await balancer.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var problem = app.Service<DatabaseStartup>().Problem;
        Assert.Contains("Database:ConnectionString", problem);
        Assert.Contains("does not answer", problem);
    }
}
