using System.Threading.Channels;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>
/// Two app instances on one PostgreSQL database: what happens on one reaches the pages open on
/// the other (LISTEN/NOTIFY). On SQLite there is one instance by design, so these run on PostgreSQL only.
/// </summary>
public sealed class CrossInstanceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async Task<(WorkspaceFactory First, WorkspaceFactory Second)> TwoInstancesAsync()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "Live updates between instances need PostgreSQL (SW_TEST_POSTGRES).");
        var first = new WorkspaceFactory();
        _ = first.Services;
        var second = new WorkspaceFactory(folder: first.Folder);
        _ = second.Services;
        await first.Service<IInstanceBus>().Ready.WaitAsync(Patience);
        await second.Service<IInstanceBus>().Ready.WaitAsync(Patience);
        return (first, second);
    }

    private static async Task<T> NextAsync<T>(ChannelReader<ItemLiveUpdate> activity) where T : ItemLiveUpdate
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (await activity.ReadAsync(timeout.Token) is T wanted)
            {
                return wanted;
            }
        }
    }

    [Fact]
    public async Task A_version_saved_and_a_person_arriving_on_one_instance_show_live_on_the_other()
    {
        var (first, second) = await TwoInstancesAsync();
        // The second shares the first's database: it goes first.
        await using var owner = first;
        await using var sharer = second;
        var member = await first.UserIdAsync(Demo.Economy);
        var drafting = first.Scoped<DraftingService>();
        var id = await drafting.CreateItemAsync(member, await first.GroupIdAsync(1), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Спільна проблема"), Body = "Текст." }, []);
        var seenOnFirst = Channel.CreateUnbounded<ItemLiveUpdate>();
        using var watching = first.Service<ItemLiveNotifier>().Join(id,
            new ItemPresence(Guid.NewGuid(), member, "Перший", IsEditing: false), a => seenOnFirst.Writer.WriteAsync(a).AsTask());

        // Someone opens the item's editor on the second instance, then saves there.
        var expert = await second.UserIdAsync(Demo.Expert);
        using var editing = second.Service<ItemLiveNotifier>().Join(id,
            new ItemPresence(Guid.NewGuid(), expert, "Експерт", IsEditing: true), _ => Task.CompletedTask);
        var arrived = await NextAsync<ItemLiveUpdate.PresenceChanged>(seenOnFirst.Reader);
        while (!arrived.Present.Any(p => p.DisplayName == "Експерт"))
        {
            arrived = await NextAsync<ItemLiveUpdate.PresenceChanged>(seenOnFirst.Reader);
        }
        Assert.Contains(first.Service<ItemLiveNotifier>().Present(id), p => p is { DisplayName: "Експерт", IsEditing: true });

        var saved = await second.Scoped<DraftingService>().SaveVersionAsync(member, id, 1, new DraftInput { Title = "Спільна", Body = "Новий текст." });
        var version = await NextAsync<ItemLiveUpdate.VersionSaved>(seenOnFirst.Reader);
        Assert.Equal(((SaveOutcome.Saved)saved).Number, version.Number);
        Assert.Equal(member, version.AuthorId);
    }

    [Fact]
    public async Task A_change_to_a_person_s_inbox_on_one_instance_updates_their_badge_on_the_other()
    {
        var (first, second) = await TwoInstancesAsync();
        // The second shares the first's database: it goes first.
        await using var owner = first;
        await using var sharer = second;
        var told = new TaskCompletionSource();
        using var badge = first.Service<InboxNotifier>().Subscribe("someone", () => { told.TrySetResult(); return Task.CompletedTask; });

        await second.Service<InboxNotifier>().ChangedAsync(["someone"]);

        await told.Task.WaitAsync(Patience);
    }
}
