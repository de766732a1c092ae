using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Components.Shared;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class ReviewServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private ReviewService Review => app.Scoped<ReviewService>();

    private async Task<(string Member, int GroupId, int ItemId)> NewItemAsync(ItemKind kind = ItemKind.Problem)
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var group = await app.GroupIdAsync();
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, group, kind, new DraftInput { Title = Demo.Unique("Пункт"), Body = "Текст" }, []);
        return (member, group, id);
    }

    private async Task<RevisionState> StateAsync(int itemId, int number) =>
        (await app.Scoped<ItemReader>().GetItemAsync(await app.UserIdAsync(Demo.Chair), itemId)).History.Single(v => v.Number == number).State;

    [Fact]
    public async Task A_member_submits_and_the_submission_waits_in_the_queues()
    {
        var (member, group, id) = await NewItemAsync();

        await Review.SubmitAsync(member, id, 1, "прошу переглянути");

        var pending = await Review.PendingAsync(await app.UserIdAsync(Demo.Expert));
        var mine = Assert.Single(pending, p => p.ItemId == id);
        Assert.Equal((1, "Олена Коваленко", "прошу переглянути"), (mine.VersionNumber, mine.SubmittedBy, mine.Note));
        Assert.Contains(await Review.PendingAsync(await app.UserIdAsync(Demo.Chair), group, ItemKind.Problem), p => p.ItemId == id);
        Assert.DoesNotContain(await Review.PendingAsync(await app.UserIdAsync(Demo.Chair), group, ItemKind.Goal), p => p.ItemId == id);
    }

    [Fact]
    public async Task Withdrawing_takes_it_back_to_draft()
    {
        var (member, _, id) = await NewItemAsync();
        await Review.SubmitAsync(member, id, 1, null);

        await Review.WithdrawAsync(member, id, 1);

        Assert.Equal(RevisionState.Draft, await StateAsync(id, 1));
        Assert.DoesNotContain(await Review.PendingAsync(member), p => p.ItemId == id);
    }

    [Fact]
    public async Task Submitting_a_newer_version_supersedes_the_pending_one()
    {
        var (member, _, id) = await NewItemAsync();
        await Review.SubmitAsync(member, id, 1, null);
        await app.Scoped<DraftingService>().SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Нове" });

        await Review.SubmitAsync(member, id, 2, null);

        Assert.Equal(RevisionState.Superseded, await StateAsync(id, 1));
        Assert.Equal(RevisionState.Submitted, await StateAsync(id, 2));
        Assert.Single(await Review.PendingAsync(member), p => p.ItemId == id);
    }

    [Fact]
    public async Task The_chair_approves_and_the_previous_approval_is_superseded()
    {
        var (member, _, id) = await NewItemAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        await Review.SubmitAsync(member, id, 1, null);
        await Review.ApproveAsync(chair, id, 1, null);
        await app.Scoped<DraftingService>().SaveVersionAsync(member, id, 1, new DraftInput { Title = "Т", Body = "Друга" });
        await Review.SubmitAsync(member, id, 2, null);

        await Review.ApproveAsync(chair, id, 2, "погоджено");

        Assert.Equal(RevisionState.Superseded, await StateAsync(id, 1));
        Assert.Equal(RevisionState.Approved, await StateAsync(id, 2));
    }

    [Fact]
    public async Task The_chair_rejects_with_a_reason_and_an_empty_reason_is_refused()
    {
        var (member, _, id) = await NewItemAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        await Review.SubmitAsync(member, id, 1, null);

        var empty = await Assert.ThrowsAsync<InvalidInputException>(() => Review.RejectAsync(chair, id, 1, "   "));
        await Review.RejectAsync(chair, id, 1, "Бракує статистики");

        Assert.Equal("Review_ReasonRequired", empty.MessageKey);
        Assert.Equal(RevisionState.Rejected, await StateAsync(id, 1));
    }

    [Theory]
    [InlineData(Demo.Expert)]
    [InlineData(Demo.Economy)]
    [InlineData(Demo.Social)]
    public async Task Only_the_chair_or_administrator_decides(string email)
    {
        var (member, _, id) = await NewItemAsync();
        await Review.SubmitAsync(member, id, 1, null);
        var actor = await app.UserIdAsync(email);

        await Assert.ThrowsAsync<ActionRefusedException>(() => Review.ApproveAsync(actor, id, 1, null));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Review.RejectAsync(actor, id, 1, "ні"));
        Assert.Equal(RevisionState.Submitted, await StateAsync(id, 1));
        await Review.ApproveAsync(await app.UserIdAsync(Demo.Admin), id, 1, null);
    }

    [Fact]
    public async Task Another_group_cannot_submit_or_withdraw()
    {
        var (member, _, id) = await NewItemAsync();
        var outsider = await app.UserIdAsync(Demo.Social);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Review.SubmitAsync(outsider, id, 1, null));
        await Review.SubmitAsync(member, id, 1, null);
        await Assert.ThrowsAsync<ActionRefusedException>(() => Review.WithdrawAsync(outsider, id, 1));
    }

    [Fact]
    public async Task A_version_that_is_not_pending_cannot_be_decided()
    {
        var (member, _, id) = await NewItemAsync();
        var chair = await app.UserIdAsync(Demo.Chair);

        var draft = await Assert.ThrowsAsync<WorkspaceRuleException>(() => Review.ApproveAsync(chair, id, 1, null));
        await Review.SubmitAsync(member, id, 1, null);
        await Review.WithdrawAsync(member, id, 1);
        await Assert.ThrowsAsync<WorkspaceRuleException>(() => Review.ApproveAsync(chair, id, 1, null));
        await Assert.ThrowsAsync<WorkspaceRuleException>(() => Review.WithdrawAsync(member, id, 1));

        Assert.Equal("Review_NotPending", draft.MessageKey);
    }

    [Fact]
    public async Task Two_chairs_approving_at_once_record_exactly_one_decision()
    {
        var (member, _, id) = await NewItemAsync();
        await Review.SubmitAsync(member, id, 1, null);
        var chair = await app.UserIdAsync(Demo.Chair);
        var admin = await app.UserIdAsync(Demo.Admin);

        var results = await Task.WhenAll(
            Task.Run(() => Attempt(() => app.Scoped<ReviewService>().ApproveAsync(chair, id, 1, null))),
            Task.Run(() => Attempt(() => app.Scoped<ReviewService>().ApproveAsync(admin, id, 1, null))));

        Assert.Equal(1, results.Count(ok => ok));
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Activity.CountAsync(a => a.ItemId == id && a.Kind == ActivityKind.Approved));

        static async Task<bool> Attempt(Func<Task> approve)
        {
            try
            {
                await approve();
                return true;
            }
            catch (Exception e) when (Feedback.IsExpected(e))
            {
                return false;
            }
        }
    }

    [Fact]
    public async Task Every_save_and_change_of_state_is_in_the_activity_log_with_who_and_why()
    {
        var (member, group, id) = await NewItemAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        await Review.SubmitAsync(member, id, 1, "на розгляд");
        await Review.RejectAsync(chair, id, 1, "Бракує статистики");

        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var log = await db.Activity.Where(a => a.ItemId == id).OrderBy(a => a.Id).ToListAsync();

        Assert.Equal([ActivityKind.VersionSaved, ActivityKind.Submitted, ActivityKind.Rejected], log.Select(a => a.Kind));
        Assert.Equal([member, member, chair], log.Select(a => a.ActorId));
        Assert.Equal("Бракує статистики", log[2].Note);
        Assert.All(log, a => Assert.Equal(group, a.WorkingGroupId));
    }
}
