using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Features.Shared;
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
        Assert.Equal([2, 0, 0, 0, 0], view.Groups.Select(g => g.ItemCounts[RevisionState.Approved]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no-such-user")]
    public async Task An_unknown_caller_is_refused(string? actorId)
    {
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<DashboardService>().GetAsync(actorId));
    }
}
