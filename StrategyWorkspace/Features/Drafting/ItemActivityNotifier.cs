using System.Collections.Concurrent;

namespace StrategyWorkspace.Features.Drafting;

/// <summary>Who is on an item's page, and doing what.</summary>
public sealed record ItemPresence(Guid SessionId, string UserId, string DisplayName, bool IsEditing);

/// <summary>
/// Tells everyone on an item's pages, live, who else is there and when a new version is saved.
/// A singleton: circuits subscribe after their first render and unsubscribe on dispose.
/// </summary>
public sealed class ItemActivityNotifier
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Subscription>> byItem = new();

    /// <summary>Joins an item's page; dispose the result on leaving.</summary>
    public IDisposable Join(int itemId, ItemPresence presence, Func<ItemActivity, Task> onActivity)
    {
        var subscribers = byItem.GetOrAdd(itemId, _ => new());
        var subscription = new Subscription(this, itemId, presence, onActivity);
        subscribers[presence.SessionId] = subscription;
        _ = PublishAsync(itemId, new ItemActivity.PresenceChanged(Present(itemId)));
        return subscription;
    }

    /// <summary>Switches a session between viewing and editing.</summary>
    public void Update(int itemId, ItemPresence presence)
    {
        if (byItem.TryGetValue(itemId, out var subscribers) && subscribers.TryGetValue(presence.SessionId, out var subscription))
        {
            subscription.Presence = presence;
            _ = PublishAsync(itemId, new ItemActivity.PresenceChanged(Present(itemId)));
        }
    }

    public IReadOnlyList<ItemPresence> Present(int itemId) =>
        byItem.TryGetValue(itemId, out var subscribers) ? subscribers.Values.Select(s => s.Presence).ToList() : [];

    public Task VersionSavedAsync(int itemId, int number, string authorId, string authorName) =>
        PublishAsync(itemId, new ItemActivity.VersionSaved(number, authorId, authorName));

    /// <summary>A version was submitted, withdrawn, approved or rejected.</summary>
    public Task StateChangedAsync(int itemId, int number) => PublishAsync(itemId, new ItemActivity.StateChanged(number));

    private async Task PublishAsync(int itemId, ItemActivity activity)
    {
        if (!byItem.TryGetValue(itemId, out var subscribers))
        {
            return;
        }
        foreach (var subscription in subscribers.Values)
        {
            try
            {
                await subscription.OnActivity(activity);
            }
            catch (ObjectDisposedException)
            {
                // The circuit went away between the snapshot and the call; its Dispose removes it.
            }
        }
    }

    private void Leave(int itemId, Guid sessionId)
    {
        if (byItem.TryGetValue(itemId, out var subscribers) && subscribers.TryRemove(sessionId, out _))
        {
            _ = PublishAsync(itemId, new ItemActivity.PresenceChanged(Present(itemId)));
        }
    }

    private sealed class Subscription(ItemActivityNotifier owner, int itemId, ItemPresence presence, Func<ItemActivity, Task> onActivity) : IDisposable
    {
        public ItemPresence Presence { get; set; } = presence;
        public Func<ItemActivity, Task> OnActivity { get; } = onActivity;

        public void Dispose() => owner.Leave(itemId, Presence.SessionId);
    }
}

/// <summary>Something that happened on an item, pushed to everyone on its pages.</summary>
public abstract record ItemActivity
{
    public sealed record PresenceChanged(IReadOnlyList<ItemPresence> Present) : ItemActivity;

    public sealed record VersionSaved(int Number, string AuthorId, string AuthorName) : ItemActivity;

    public sealed record StateChanged(int Number) : ItemActivity;
}
