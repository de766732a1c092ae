using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace StrategyWorkspace.Components.Account;

/// <summary>
/// Identity locks a real account after its failed sign-ins; an e-mail with no account behind it would
/// never lock, which tells a guesser which accounts exist. This keeps the same count and lockout for
/// such e-mails, in memory (an instance's own; a sticky balancer sends a guesser back to the same one).
/// </summary>
internal sealed class UnknownAccountLockout(IOptions<IdentityOptions> identity, TimeProvider clock)
{
    // Enough for a burst of guessing without letting a flood of made-up e-mails grow memory without end.
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Attempts> byEmail = new(StringComparer.OrdinalIgnoreCase);

    private LockoutOptions Lockout => identity.Value.Lockout;

    public bool IsLockedOut(string email) =>
        byEmail.TryGetValue(email.Trim(), out var attempts) && attempts.LockedUntil > clock.GetUtcNow();

    /// <returns>Whether this failure locks the e-mail out, as Identity's would on its fifth.</returns>
    public bool CountFailure(string email)
    {
        var now = clock.GetUtcNow();
        if (byEmail.Count >= MaxTracked)
        {
            ForgetExpired(now);
        }
        var updated = byEmail.AddOrUpdate(email.Trim(),
            _ => new Attempts(1, DateTimeOffset.MinValue),
            (_, old) => old.LockedUntil > now ? old : new Attempts(old.Failures + 1, DateTimeOffset.MinValue));
        if (updated.Failures < Lockout.MaxFailedAccessAttempts)
        {
            return false;
        }
        byEmail[email.Trim()] = new Attempts(0, now + Lockout.DefaultLockoutTimeSpan);
        return true;
    }

    private void ForgetExpired(DateTimeOffset now)
    {
        foreach (var (email, attempts) in byEmail)
        {
            if (attempts.LockedUntil <= now)
            {
                byEmail.TryRemove(email, out _);
            }
        }
    }

    private sealed record Attempts(int Failures, DateTimeOffset LockedUntil);
}
