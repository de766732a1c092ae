using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Strategy;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class StrategySettingsPageTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app;

    public StrategySettingsPageTests(WorkspaceFixture fixture)
    {
        app = fixture.App;
        Services.AddSingleton(app.Scoped<StrategyAdminService>());
    }

    [Fact]
    public async Task Saving_over_another_administrators_save_warns_and_keeps_what_was_typed()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        SignIn(admin, "admin", WorkspaceRoles.Administrator);
        Render<MudPopoverProvider>();
        var page = Render<StrategySettingsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input")));

        // Meanwhile, in another tab, someone saves the title.
        var other = await app.Scoped<StrategyAdminService>().GetForEditAsync(admin);
        var theirs = other.Title;
        other.Title = "Їхня назва стратегії";
        await app.Scoped<StrategyAdminService>().UpdateAsync(admin, other);

        page.Find("input").Change("Моя назва, набрана довго і дбайливо");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("хтось інший зберіг стратегію", page.Markup));
        Assert.Contains("Моя назва, набрана довго і дбайливо", page.Find("input").OuterHtml);
        Assert.Equal("Їхня назва стратегії", (await app.Scoped<StrategyAdminService>().GetForEditAsync(admin)).Title);
        other.Title = theirs;
        other.ConcurrencyToken = (await app.Scoped<StrategyAdminService>().GetForEditAsync(admin)).ConcurrencyToken;
        await app.Scoped<StrategyAdminService>().UpdateAsync(admin, other);
    }
}
