using System.Collections.Concurrent;

namespace StrategyWorkspace.Features.Notifications;

/// <summary>
/// Tells a person's open pages, live, that their inbox changed, so the badge updates without a
/// reload. A singleton; circuits subscribe after their first render and dispose on leaving.
/// </summary>
public sealed class InboxNotifier
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> byUser = new();

    public IDisposable Subscribe(string userId, Func<Task> onChanged)
    {
        var id = Guid.NewGuid();
        byUser.GetOrAdd(userId, _ => new())[id] = onChanged;
        return new Subscription(() =>
        {
            if (byUser.TryGetValue(userId, out var handlers))
            {
                handlers.TryRemove(id, out _);
            }
        });
    }

    public async Task ChangedAsync(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Distinct())
        {
            if (!byUser.TryGetValue(userId, out var handlers))
            {
                continue;
            }
            foreach (var handler in handlers.Values)
            {
                try
                {
                    await handler();
                }
                catch (ObjectDisposedException)
                {
                    // The circuit closed meanwhile; its Dispose removes the handler.
                }
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
