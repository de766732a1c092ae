using System.Net.Sockets;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StrategyWorkspace.Components.Shared;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Components;

public sealed class WorkspaceErrorBoundaryTests : WorkspaceComponentTest
{
    [Fact]
    public void A_page_whose_database_does_not_answer_says_so_and_reloads_when_tried_again()
    {
        var page = Render<WorkspaceErrorBoundary>(p => p.AddChildContent<ReadsWhileTheDatabaseIsAway>());

        Assert.Equal("База даних не відповідає", page.Find("[role=alert] h1").TextContent.Trim());
        Assert.Contains("Усе, що вже збережено, збережено.", page.Find("[role=alert]").TextContent);
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Спробувати ще раз").Click();

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        Assert.True(Assert.Single(navigation.History).Options.ForceLoad);
    }

    [Fact]
    public void In_English_too()
    {
        UseCulture("en");
        var page = Render<WorkspaceErrorBoundary>(p => p.AddChildContent<ReadsWhileTheDatabaseIsAway>());

        Assert.Equal("The database does not answer", page.Find("h1").TextContent.Trim());
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Try again");
    }

    [Fact]
    public void A_bug_is_not_dressed_up_as_an_outage()
    {
        var page = Render<WorkspaceErrorBoundary>(p => p.AddChildContent<HasABug>());

        Assert.Equal("Щось пішло не так", page.Find("h1").TextContent.Trim());
        Assert.DoesNotContain("База даних не відповідає", page.Markup);
    }

    [Theory]
    [InlineData("uk", "Сторінку не знайдено", "Такого пункту не існує.")]
    [InlineData("en", "Page not found", "This item does not exist.")]
    public void An_address_naming_something_that_is_not_there_says_what_is_missing(string culture, string title, string message)
    {
        UseCulture(culture);

        var page = Render<WorkspaceErrorBoundary>(p => p.AddChildContent<NamesAMissingItem>());

        Assert.Equal(title, page.Find("h1").TextContent.Trim());
        Assert.Contains(message, page.Markup);
        Assert.Equal("/", page.Find("a").GetAttribute("href"));
    }

    private sealed class NamesAMissingItem : ComponentBase
    {
        protected override void OnInitialized() => throw new NotFoundException("Items_NotFound");
    }

    private sealed class ReadsWhileTheDatabaseIsAway : ComponentBase
    {
        protected override Task OnInitializedAsync() =>
            throw new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
    }

    private sealed class HasABug : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("a bug");
    }
}
