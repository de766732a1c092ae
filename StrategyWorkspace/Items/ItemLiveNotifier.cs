using System.Collections.Concurrent;

namespace StrategyWorkspace.Items;

/// <summary>Who is on an item's page, and doing what.</summary>
public sealed record ItemPresence(Guid SessionId, string UserId, string DisplayName, bool IsEditing);

/// <summary>
/// Tells everyone on an item's pages, live, who else is there and when a new version is saved.
/// A singleton: circuits subscribe after their first render and unsubscribe on dispose. With
/// several instances on one database, what happens here is also sent to the others through
/// <see cref="IInstanceBus"/>, and the people on an item there are shown here too: each instance
/// repeats its presence every 20 seconds, and what an instance stopped repeating (it died) goes after a minute.
/// </summary>
public sealed class ItemLiveNotifier : IDisposable
{
    private const string PresenceKind = "presence";
    private const string VersionKind = "version";
    private const string StateKind = "state";
    private static readonly TimeSpan PresenceRefresh = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PresenceLifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Subscription>> byItem = new();
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, RemotePresence>> elsewhere = new();
    private readonly IInstanceBus bus;
    private readonly TimeProvider clock;
    private readonly ITimer? refresh;
    private readonly ILogger? logger;

    public ItemLiveNotifier(IInstanceBus? bus = null, TimeProvider? clock = null, ILogger<ItemLiveNotifier>? logger = null)
    {
        this.bus = bus ?? new LocalInstanceBus();
        this.clock = clock ?? TimeProvider.System;
        this.logger = logger;
        this.bus.Listen(OnOtherInstanceAsync);
        if (this.bus.ReachesOtherInstances)
        {
            refresh = this.clock.CreateTimer(_ => _ = RefreshPresenceAsync(), null, PresenceRefresh, PresenceRefresh);
        }
    }

    /// <summary>Joins an item's page; dispose the result on leaving.</summary>
    public IDisposable Join(int itemId, ItemPresence presence, Func<ItemLiveUpdate, Task> onActivity)
    {
        var subscribers = byItem.GetOrAdd(itemId, _ => new());
        var subscription = new Subscription(this, itemId, presence, onActivity);
        subscribers[presence.SessionId] = subscription;
        _ = PresenceChangedHereAsync(itemId);
        return subscription;
    }

    /// <summary>Switches a session between viewing and editing.</summary>
    public void Update(int itemId, ItemPresence presence)
    {
        if (byItem.TryGetValue(itemId, out var subscribers) && subscribers.TryGetValue(presence.SessionId, out var subscription))
        {
            subscription.Presence = presence;
            _ = PresenceChangedHereAsync(itemId);
        }
    }

    /// <summary>Everyone on the item's pages, on this instance and the others.</summary>
    public IReadOnlyList<ItemPresence> Present(int itemId)
    {
        var now = clock.GetUtcNow();
        var others = elsewhere.TryGetValue(itemId, out var instances)
            ? instances.Values.Where(p => now - p.ReceivedAt < PresenceLifetime).SelectMany(p => p.Present)
            : [];
        return [.. PresentHere(itemId), .. others];
    }

    private IReadOnlyList<ItemPresence> PresentHere(int itemId) =>
        byItem.TryGetValue(itemId, out var subscribers) ? subscribers.Values.Select(s => s.Presence).ToList() : [];

    public async Task VersionSavedAsync(int itemId, int number, string authorId, string authorName)
    {
        await PublishAsync(itemId, new ItemLiveUpdate.VersionSaved(number, authorId, authorName));
        await bus.SendAsync(InstanceMessage.Of(VersionKind, new ItemNews(itemId, number, authorId, authorName)));
    }

    /// <summary>A version was submitted, withdrawn, approved or rejected.</summary>
    public async Task StateChangedAsync(int itemId, int number)
    {
        await PublishAsync(itemId, new ItemLiveUpdate.StateChanged(number));
        await bus.SendAsync(InstanceMessage.Of(StateKind, new ItemNews(itemId, number)));
    }

    private async Task PresenceChangedHereAsync(int itemId)
    {
        await PublishAsync(itemId, new ItemLiveUpdate.PresenceChanged(Present(itemId)));
        await bus.SendAsync(InstanceMessage.Of(PresenceKind, new ItemNews(itemId, Present: PresentHere(itemId))));
    }

    private Task OnOtherInstanceAsync(InstanceMessage message)
    {
        if (message.Kind is not (PresenceKind or VersionKind or StateKind) || message.Read<ItemNews>() is not { } news)
        {
            return Task.CompletedTask;
        }
        switch (message.Kind)
        {
            case PresenceKind:
                elsewhere.GetOrAdd(news.ItemId, _ => new())[message.From] = new RemotePresence(news.Present ?? [], clock.GetUtcNow());
                return PublishAsync(news.ItemId, new ItemLiveUpdate.PresenceChanged(Present(news.ItemId)));
            case VersionKind:
                return PublishAsync(news.ItemId, new ItemLiveUpdate.VersionSaved(news.Number, news.UserId ?? "", news.Name ?? ""));
            default:
                return PublishAsync(news.ItemId, new ItemLiveUpdate.StateChanged(news.Number));
        }
    }

    /// <summary>What this notifier tells the other instances about an item: its new version, its new state or who is on it.</summary>
    private sealed record ItemNews(int ItemId, int Number = 0, string? UserId = null, string? Name = null, IReadOnlyList<ItemPresence>? Present = null);

    /// <summary>Tells the others again who is here, and forgets what another instance stopped telling.</summary>
    private async Task RefreshPresenceAsync()
    {
        foreach (var (itemId, subscribers) in byItem)
        {
            if (!subscribers.IsEmpty)
            {
                await bus.SendAsync(InstanceMessage.Of(PresenceKind, new ItemNews(itemId, Present: PresentHere(itemId))));
            }
        }
        var now = clock.GetUtcNow();
        foreach (var (itemId, instances) in elsewhere)
        {
            var gone = instances.Where(p => now - p.Value.ReceivedAt >= PresenceLifetime).Select(p => p.Key).ToList();
            if (gone.Count > 0)
            {
                gone.ForEach(instance => instances.TryRemove(instance, out _));
                await PublishAsync(itemId, new ItemLiveUpdate.PresenceChanged(Present(itemId)));
            }
        }
    }

    public void Dispose() => refresh?.Dispose();

    private sealed record RemotePresence(IReadOnlyList<ItemPresence> Present, DateTimeOffset ReceivedAt);

    private async Task PublishAsync(int itemId, ItemLiveUpdate activity)
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
            catch (Exception e)
            {
                // One page failing to update is its own affair: the change that was made stands and
                // the other pages on the item still hear of it.
                logger?.LogWarning(e, "A page on item {ItemId} could not take a live update.", itemId);
            }
        }
    }

    private void Leave(int itemId, Guid sessionId)
    {
        if (byItem.TryGetValue(itemId, out var subscribers) && subscribers.TryRemove(sessionId, out _))
        {
            _ = PresenceChangedHereAsync(itemId);
        }
    }

    private sealed class Subscription(ItemLiveNotifier owner, int itemId, ItemPresence presence, Func<ItemLiveUpdate, Task> onActivity) : IDisposable
    {
        public ItemPresence Presence { get; set; } = presence;
        // Called back in the subscribing circuit's context, so its page renders in its person's language.
        public Func<ItemLiveUpdate, Task> OnActivity { get; } = SubscriberContext.Bind(onActivity);

        public void Dispose() => owner.Leave(itemId, Presence.SessionId);
    }
}

/// <summary>Something that happened on an item, pushed to everyone on its pages.</summary>
public abstract record ItemLiveUpdate
{
    public sealed record PresenceChanged(IReadOnlyList<ItemPresence> Present) : ItemLiveUpdate;

    public sealed record VersionSaved(int Number, string AuthorId, string AuthorName) : ItemLiveUpdate;

    public sealed record StateChanged(int Number) : ItemLiveUpdate;
}
