using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class CreateAccountDialogTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app;

    public CreateAccountDialogTests(WorkspaceFixture fixture)
    {
        app = fixture.App;
        Services.AddSingleton(app.Scoped<UserAdminService>());
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync()
    {
        SignIn(await app.UserIdAsync(Demo.Admin), "admin", WorkspaceRoles.Administrator);
        return await OpenDialogAsync<CreateAccountDialog>("Створити");
    }

    private static void Type(IRenderedComponent<MudDialogProvider> provider, string label, string value)
    {
        var field = provider.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);
        field.QuerySelector("input")!.Change(value);
    }

    [Fact]
    public async Task An_empty_form_shows_required_messages_on_name_and_email_and_stays_open()
    {
        var (provider, dialog) = await OpenAsync();

        await provider.Find("form").SubmitAsync();

        Assert.Equal(2, provider.FindAll(".mud-input-helper-text.mud-input-error").Count(e => e.TextContent.Contains("Це поле обов'язкове.")));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task A_taken_email_is_shown_on_the_email_field_and_keeps_what_was_typed()
    {
        var (provider, dialog) = await OpenAsync();
        Type(provider, "Ім'я та прізвище", "Друга Олена");
        Type(provider, "Електронна пошта", Demo.Economy);

        await provider.Find("form").SubmitAsync();

        provider.WaitForAssertion(() => Assert.Contains("уже існує", provider.Markup));
        Assert.False(dialog.Result.IsCompleted);
        Assert.Contains(provider.FindAll("input"), i => i.GetAttribute("value") == "Друга Олена");
    }

    [Fact]
    public async Task A_valid_form_creates_the_account_and_returns_its_one_time_password()
    {
        var (provider, dialog) = await OpenAsync();
        var email = $"{Demo.Unique("dialog")}@example.org";
        Type(provider, "Ім'я та прізвище", "Новий Експерт");
        Type(provider, "Електронна пошта", email);

        await provider.Find("form").SubmitAsync();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        var issued = Assert.IsType<IssuedPassword>(result!.Data);
        Assert.Equal(email, issued.Email);
        Assert.NotNull(issued.OneTimePassword);
    }
}
