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
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("textarea")));

        // Meanwhile, in another tab, someone saves the vision.
        var other = await app.Scoped<StrategyAdminService>().GetForEditAsync(admin);
        other.Vision = "Їхнє бачення";
        await app.Scoped<StrategyAdminService>().UpdateAsync(admin, other);

        page.Find("textarea").Change("Моє бачення, набране довго і дбайливо");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("хтось інший зберіг стратегію", page.Markup));
        Assert.Contains("Моє бачення, набране довго і дбайливо", page.Find("textarea").OuterHtml);
        Assert.Equal("Їхнє бачення", (await app.Scoped<StrategyAdminService>().GetForEditAsync(admin)).Vision);
    }
}
