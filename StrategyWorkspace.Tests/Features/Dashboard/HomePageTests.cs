using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Dashboard;

public sealed class HomePageTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app;

    public HomePageTests(WorkspaceFixture fixture)
    {
        app = fixture.App;
        Services.AddSingleton(app.Scoped<DashboardService>());
    }

    [Fact]
    public async Task A_member_sees_the_strategy_their_group_and_all_five_groups()
    {
        SignIn(await app.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Render<HomePage>();

        page.WaitForAssertion(() => Assert.Equal("Стратегія розвитку Луганської області до 2020 року", page.Find("h1").TextContent.Trim()));
        Assert.Contains("Горизонт: 2020", page.Markup);
        var sections = page.FindAll("section").Where(s => s.ParentElement?.Closest("section") is null).ToList();
        Assert.Equal(["Що чекає на вас", "Мої групи", "Робочі групи"], sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Single(sections[1].QuerySelectorAll("[role=region]"));
        Assert.Equal(5, sections[2].QuerySelectorAll("[role=region]").Length);
    }

    [Fact]
    public async Task The_expert_has_no_my_groups_section()
    {
        SignIn(await app.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var page = Render<HomePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#all-groups-heading")));
        Assert.DoesNotContain("Мої групи", page.Markup);
    }

    [Fact]
    public async Task The_chair_starts_with_what_waits_for_the_chair_before_the_vision_and_the_groups()
    {
        SignIn(await app.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);

        var page = Render<HomePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#work-queue-heading")));
        var headings = page.FindAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal("Що чекає на вас", headings[0]);
        Assert.True(headings.IndexOf("Стратегічне бачення") > 0);
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == "/editions/merge" && a.TextContent.StartsWith("Схвалених змін", StringComparison.Ordinal));
    }
}
