using Bunit;
using StrategyWorkspace.Components.Shared;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Components;

public sealed class NotAllowedTests : WorkspaceComponentTest
{
    [Fact]
    public void Says_not_allowed_in_Ukrainian_with_a_way_back()
    {
        var page = Render<NotAllowed>();

        Assert.Equal("Недостатньо прав", page.Find("h1").TextContent.Trim());
        Assert.Equal("/", page.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Says_not_allowed_in_English()
    {
        UseCulture("en");
        var page = Render<NotAllowed>();
        Assert.Equal("Not allowed", page.Find("h1").TextContent.Trim());
    }
}
