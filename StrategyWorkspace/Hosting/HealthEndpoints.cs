using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// For a load balancer: <c>/healthz</c> answers while the process does; <c>/readyz</c> only while
/// the database answers too, so traffic goes to instances that can serve it.
/// </summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddWorkspaceHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Liveness runs no check: a database outage must not make the balancer restart healthy processes.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}

/// <summary>Whether the database is prepared and answers a connection within a few seconds.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseStartup startup) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (startup.Problem is { } problem)
        {
            return HealthCheckResult.Unhealthy(problem);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(timeout.Token);
            return await db.Database.CanConnectAsync(timeout.Token)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
