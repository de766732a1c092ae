using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Notifications;

public sealed class NotificationServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private NotificationService Inbox => app.Scoped<NotificationService>();

    private async Task<int> NewItemAsync(string memberEmail = Demo.Economy, int groupPosition = 1)
    {
        var member = await app.UserIdAsync(memberEmail);
        var group = await app.GroupIdAsync(groupPosition);
        return await app.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Problem, new DraftInput { Title = Demo.Unique("Сповіщення") }, []);
    }

    [Fact]
    public async Task A_submission_tells_the_experts_and_the_chair_but_not_the_author()
    {
        var id = await NewItemAsync();
        var expert = await app.UserIdAsync(Demo.Expert);
        var chair = await app.UserIdAsync(Demo.Chair);
        var member = await app.UserIdAsync(Demo.Economy);
        var expertBefore = await Inbox.UnreadCountAsync(expert);

        await app.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);

        Assert.Equal(expertBefore + 1, await Inbox.UnreadCountAsync(expert));
        var note = (await Inbox.InboxAsync(chair)).First(n => n.ItemId == id);
        Assert.Equal((NotificationKind.NewSubmission, "Олена Коваленко", false), (note.Kind, note.ActorName, note.IsRead));
        Assert.StartsWith("1.1.", note.ItemLabel);
        Assert.DoesNotContain(await Inbox.InboxAsync(member), n => n.ItemId == id);
    }

    [Fact]
    public async Task Verdicts_and_decisions_tell_the_owning_groups_members_only()
    {
        var id = await NewItemAsync();
        var member = await app.UserIdAsync(Demo.Economy);
        var outsider = await app.UserIdAsync(Demo.Social);
        await app.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);

        await app.Scoped<ReviewService>().RecordVerdictAsync(await app.UserIdAsync(Demo.Expert), id, 1, VerdictKind.Endorse, "");
        await app.Scoped<ReviewService>().ApproveAsync(await app.UserIdAsync(Demo.Chair), id, 1, null);

        var kinds = (await Inbox.InboxAsync(member)).Where(n => n.ItemId == id).Select(n => n.Kind).ToList();
        Assert.Contains(NotificationKind.Verdict, kinds);
        Assert.Contains(NotificationKind.Approved, kinds);
        Assert.DoesNotContain(await Inbox.InboxAsync(outsider), n => n.ItemId == id);
    }

    [Fact]
    public async Task Reading_marks_read_and_nobody_can_mark_anothers_notification()
    {
        var id = await NewItemAsync();
        await app.Scoped<ReviewService>().SubmitAsync(await app.UserIdAsync(Demo.Economy), id, 1, null);
        var expert = await app.UserIdAsync(Demo.Expert);
        var chair = await app.UserIdAsync(Demo.Chair);
        var expertsNote = (await Inbox.InboxAsync(expert)).First(n => n.ItemId == id);

        await Inbox.MarkReadAsync(chair, expertsNote.Id);
        Assert.False((await Inbox.InboxAsync(expert)).First(n => n.Id == expertsNote.Id).IsRead);

        await Inbox.MarkReadAsync(expert, expertsNote.Id);
        Assert.True((await Inbox.InboxAsync(expert)).First(n => n.Id == expertsNote.Id).IsRead);
        await Inbox.MarkAllReadAsync(expert);
        Assert.Equal(0, await Inbox.UnreadCountAsync(expert));
    }

    [Fact]
    public async Task The_badge_of_an_open_page_hears_of_a_new_notification()
    {
        var id = await NewItemAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        var heard = new TaskCompletionSource();
        using var _ = app.Service<InboxNotifier>().Subscribe(chair, () => { heard.TrySetResult(); return Task.CompletedTask; });

        await app.Scoped<ReviewService>().SubmitAsync(await app.UserIdAsync(Demo.Economy), id, 1, null);

        await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_page_that_fails_to_update_neither_fails_the_submission_nor_keeps_the_others_from_hearing()
    {
        var id = await NewItemAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        var heard = new TaskCompletionSource();
        var notifier = app.Service<InboxNotifier>();
        using var failing = notifier.Subscribe(chair, () => throw new InvalidOperationException("this page's own trouble"));
        using var listening = notifier.Subscribe(chair, () => { heard.TrySetResult(); return Task.CompletedTask; });

        await app.Scoped<ReviewService>().SubmitAsync(await app.UserIdAsync(Demo.Economy), id, 1, null);

        await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
