using System.Collections.Concurrent;

namespace StrategyWorkspace.Features.Notifications;

/// <summary>
/// Tells a person's open pages, live, that their inbox changed, so the badge updates without a
/// reload. A singleton; circuits subscribe after their first render and dispose on leaving.
/// </summary>
internal sealed class InboxNotifier
{
    private const string InboxKind = "inbox";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> byUser = new();
    private readonly IInstanceBus bus;
    private readonly ILogger? logger;

    /// <param name="bus">With several instances, a person's pages may be open on another one.</param>
    public InboxNotifier(IInstanceBus? bus = null, ILogger<InboxNotifier>? logger = null)
    {
        this.bus = bus ?? new LocalInstanceBus();
        this.logger = logger;
        this.bus.Listen(message => message.Kind == InboxKind ? TellHereAsync(message.Read<string[]>() ?? []) : Task.CompletedTask);
    }

    public IDisposable Subscribe(string userId, Func<Task> onChanged)
    {
        var id = Guid.NewGuid();
        byUser.GetOrAdd(userId, _ => new())[id] = SubscriberContext.Bind(onChanged);
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
        var distinct = userIds.Distinct().ToList();
        await TellHereAsync(distinct);
        await bus.SendAsync(InstanceMessage.Of(InboxKind, distinct));
    }

    private async Task TellHereAsync(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds)
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
                catch (Exception e)
                {
                    // One page failing to update is its own affair: the change that was made stands,
                    // the other pages still hear of it, and its author is not told it failed.
                    logger?.LogWarning(e, "A page could not take an inbox update.");
                }
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
