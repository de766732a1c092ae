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
        var sections = page.FindAll("section");
        Assert.Equal("Мої групи", sections[0].QuerySelector("h2")!.TextContent.Trim());
        Assert.Single(sections[0].QuerySelectorAll("[role=region]"));
        Assert.Equal(5, sections[1].QuerySelectorAll("[role=region]").Length);
    }

    [Fact]
    public async Task The_expert_has_no_my_groups_section()
    {
        SignIn(await app.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var page = Render<HomePage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("section")));
        Assert.DoesNotContain("Мої групи", page.Markup);
    }
}
