using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class SubmissionsPageTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app;

    public SubmissionsPageTests(WorkspaceFixture fixture)
    {
        app = fixture.App;
        Services.AddSingleton(app.Scoped<ReviewService>());
        Services.AddSingleton(app.Scoped<GroupDirectory>());
        Services.AddSingleton(Options.Create(new WorkspaceOptions()));
    }

    private async Task<string> SubmittedItemAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var group = await app.GroupIdAsync();
        var title = Demo.Unique("Подана");
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Problem, new DraftInput { Title = title }, []);
        await app.Scoped<ReviewService>().SubmitAsync(member, id, 1, "прошу глянути");
        return title;
    }

    [Fact]
    public async Task The_chair_sees_pending_submissions_with_approve_and_reject()
    {
        var title = await SubmittedItemAsync();
        SignIn(await app.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);
        Render<MudPopoverProvider>();

        var page = Render<SubmissionsPage>();

        page.WaitForAssertion(() => Assert.Contains(title, page.Markup));
        var row = page.FindAll("tbody tr").Single(r => r.TextContent.Contains(title));
        Assert.Contains("прошу глянути", row.TextContent);
        Assert.Contains(row.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Затвердити");
        Assert.Contains(row.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Відхилити");
    }

    [Fact]
    public async Task An_expert_sees_the_queue_but_no_decision_buttons()
    {
        var title = await SubmittedItemAsync();
        SignIn(await app.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);
        Render<MudPopoverProvider>();

        var page = Render<SubmissionsPage>();

        page.WaitForAssertion(() => Assert.Contains(title, page.Markup));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() is "Затвердити" or "Відхилити");
    }
}
