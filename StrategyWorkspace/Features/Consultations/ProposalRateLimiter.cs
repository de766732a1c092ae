using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>
/// A burst of proposals from one address is refused for a while (ASP.NET Core's fixed-window
/// rate limiter, one window per client address). The form asks it before sending, so a refused
/// visitor keeps what they typed and reads why.
/// </summary>
internal sealed class ProposalRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public ProposalRateLimiter(IOptions<WorkspaceOptions> options)
    {
        var perHour = options.Value.ProposalsPerHour;
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
    }

    /// <summary>True when this address may send one more proposal now.</summary>
    public bool TryAcquire(string? address)
    {
        using var lease = limiter.AttemptAcquire(address ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
