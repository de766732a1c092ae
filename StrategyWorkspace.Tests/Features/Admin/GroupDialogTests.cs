using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class GroupDialogTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app;

    public GroupDialogTests(WorkspaceFixture fixture)
    {
        app = fixture.App;
        Services.AddSingleton(app.Scoped<GroupAdminService>());
    }

    private async Task<(IRenderedComponent<MudDialogProvider>, IDialogReference)> OpenAsync()
    {
        SignIn(await app.UserIdAsync(Demo.Admin), "admin", WorkspaceRoles.Administrator);
        return await OpenDialogAsync<GroupDialog>("Створити групу");
    }

    [Fact]
    public async Task A_name_that_exists_is_shown_on_the_name_field_and_nothing_is_saved()
    {
        var (provider, dialog) = await OpenAsync();
        provider.Find("input").Change("соціальна сфера і культура");

        await provider.Find("form").SubmitAsync();

        provider.WaitForAssertion(() => Assert.Contains("Група з такою назвою вже існує.", provider.Markup));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(5, (await app.Scoped<GroupAdminService>().ListAsync(await app.UserIdAsync(Demo.Admin))).Count(g => !g.Name.StartsWith("Група-") && !g.IsCommittee));
    }

    [Fact]
    public async Task An_empty_name_is_required()
    {
        var (provider, dialog) = await OpenAsync();

        await provider.Find("form").SubmitAsync();

        Assert.Contains("Це поле обов'язкове.", provider.Markup);
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task The_dialogs_own_close_button_speaks_the_chosen_language()
    {
        var (provider, _) = await OpenAsync();
        Assert.Contains(provider.FindAll("button"), b => b.GetAttribute("aria-label") == "Закрити вікно (Escape)");
    }
}
