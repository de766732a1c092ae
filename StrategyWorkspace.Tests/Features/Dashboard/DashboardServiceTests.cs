using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Dashboard;

public sealed class DashboardServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    [Fact]
    public async Task The_demo_committee_is_the_seeds_strategy_with_its_five_groups_in_order()
    {
        var view = await app.Scoped<DashboardService>().GetAsync(await app.UserIdAsync(Demo.Chair));

        Assert.Equal("Стратегія розвитку Луганської області до 2020 року", view.StrategyTitle);
        Assert.Equal(2020, view.Horizon);
        Assert.StartsWith("Луганська область", view.Vision);
        Assert.Equal(
            [
                "Економіка і екологія",
                "Інфраструктура і система життєзабезпечення",
                "Децентралізація та демократичне врядування",
                "Соціальна сфера і культура",
                "Громадська безпека і відбудова миру",
            ],
            view.Groups.Select(g => g.Name));
        Assert.Equal([1, 2, 3, 4, 5], view.Groups.Select(g => g.Position));
    }

    [Fact]
    public async Task A_member_sees_their_own_group_under_my_groups()
    {
        var view = await app.Scoped<DashboardService>().GetAsync(await app.UserIdAsync(Demo.Economy));

        var mine = Assert.Single(view.MyGroups);
        Assert.Equal("Економіка і екологія", mine.Name);
        Assert.Contains("Олена Коваленко", mine.Members);
    }

    [Fact]
    public async Task The_chair_belongs_to_no_group()
    {
        var view = await app.Scoped<DashboardService>().GetAsync(await app.UserIdAsync(Demo.Chair));
        Assert.Empty(view.MyGroups);
    }

    [Fact]
    public async Task Every_group_counts_its_items_by_state_starting_with_the_demo_items()
    {
        // Its own app: the other tests of this class do not add items, but keep the count exact anyway.
        await using var fresh = new WorkspaceFactory();
        var view = await fresh.Scoped<DashboardService>().GetAsync(await fresh.UserIdAsync(Demo.Expert));

        Assert.Equal([0, 0, 1, 0, 0], view.Groups.Select(g => g.ItemCounts[RevisionState.Draft]));
        Assert.Equal([6, 0, 1, 0, 0], view.Groups.Select(g => g.ItemCounts[RevisionState.Approved]));
    }

    [Fact]
    public async Task Each_role_finds_its_own_work_waiting()
    {
        // Its own app: the queues are counted exactly.
        await using var fresh = new WorkspaceFactory();
        var drafting = fresh.Scoped<DraftingService>();
        var review = fresh.Scoped<ReviewService>();
        var (member, expert, chair) = (await fresh.UserIdAsync(Demo.Economy), await fresh.UserIdAsync(Demo.Expert), await fresh.UserIdAsync(Demo.Chair));
        async Task<int> SubmittedAsync(string title)
        {
            var id = await drafting.CreateItemAsync(member, await fresh.GroupIdAsync(1), ItemKind.Problem, new DraftInput { Title = title, Body = "Текст" }, []);
            await review.SubmitAsync(member, id, 1, null);
            return id;
        }
        var changesAsked = await SubmittedAsync("Просять змін");
        var waiting = await SubmittedAsync("Чекає на рецензію");
        var rejected = await SubmittedAsync("Відхилена");
        await review.RejectAsync(chair, rejected, 1, "Не відповідає аналізу");
        await review.RecordVerdictAsync(expert, changesAsked, 1, VerdictKind.RequestChanges, "Уточніть показники");
        await ConsultationTestData.OpenFreshAsync(fresh);
        var consultations = fresh.Scoped<ConsultationService>();
        var section = await ConsultationTestData.EconomySectionAsync(fresh);
        var published = await fresh.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(section, "Оприлюднити"));
        await fresh.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(section, "Ще на модерації"));
        await fresh.Scoped<ModerationService>().PublishAsync(chair, (await fresh.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == published).Id);

        async Task<WorkQueue> QueueOfAsync(string email) => (await fresh.Scoped<DashboardService>().GetAsync(await fresh.UserIdAsync(email))).Queue;

        var ofExpert = await QueueOfAsync(Demo.Expert);
        Assert.Equal([waiting], ofExpert.ToReview!.Select(v => v.ItemId));
        Assert.Equal((null, null, null, null, null), (ofExpert.ToApprove, ofExpert.ProposalsToModerate, ofExpert.VersionsToMerge, ofExpert.ProposalsToAnswer, ofExpert.SentBack));

        var ofChair = await QueueOfAsync(Demo.Chair);
        Assert.Equal([changesAsked, waiting], ofChair.ToApprove!.Select(v => v.ItemId));
        Assert.Equal((0, 1), (ofChair.ToApprove![0].Endorsements, ofChair.ToApprove[0].ChangeRequests));
        Assert.Equal((1, 7), (ofChair.ProposalsToModerate, ofChair.VersionsToMerge)); // the demo's seven approvals wait for a merge
        Assert.Equal((null, null, null), (ofChair.ToReview, ofChair.ProposalsToAnswer, ofChair.SentBack));

        var ofMember = await QueueOfAsync(Demo.Economy);
        Assert.Equal([rejected, changesAsked], ofMember.SentBack!.Select(v => v.ItemId));
        Assert.Equal(RevisionState.Rejected, ofMember.SentBack![0].State);
        Assert.Equal(1, ofMember.ProposalsToAnswer);
        Assert.Equal((null, null, null), (ofMember.ToReview, ofMember.ToApprove, ofMember.ProposalsToModerate));

        var ofAdmin = await QueueOfAsync(Demo.Admin);
        Assert.Equal((2, 1, 1), (ofAdmin.ToApprove!.Count, ofAdmin.ProposalsToModerate, ofAdmin.ProposalsToAnswer));

        var ofOtherGroup = await QueueOfAsync(Demo.Social);
        Assert.True(ofOtherGroup.IsEmpty);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no-such-user")]
    public async Task An_unknown_caller_is_refused(string? actorId)
    {
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<DashboardService>().GetAsync(actorId));
    }
}
