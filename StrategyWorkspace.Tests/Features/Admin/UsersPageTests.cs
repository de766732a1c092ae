using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using StrategyWorkspace.Components.Shared;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class UsersPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<(IRenderedComponent<UsersPage> Page, IRenderedComponent<MudDialogProvider> Dialogs)> AdministratorOpensAsync()
    {
        SignIn(await App.UserIdAsync(Demo.Admin), Demo.Admin, WorkspaceRoles.Administrator);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("tbody tr"), r => r.TextContent.Contains(Demo.Economy)));
        return (page, dialogs);
    }

    private static IElement Row(IRenderedComponent<UsersPage> page, string email) =>
        page.FindAll("tbody tr").Single(r => r.TextContent.Contains(email));

    private static IEnumerable<string> Buttons(IElement row) => row.QuerySelectorAll("button").Select(b => b.TextContent.Trim());

    [Fact]
    public async Task The_administrator_sees_every_account_with_roles_groups_and_status_but_cannot_disable_themselves()
    {
        var (page, _) = await AdministratorOpensAsync();

        Assert.Equal("Облікові записи", page.Find("h1").TextContent.Trim());
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Створити обліковий запис");
        var member = Row(page, Demo.Economy).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Олена Коваленко", Demo.Economy, "Член робочої групи", "Економіка і екологія", "Активний"], member[..5]);
        Assert.Equal(["Ролі", "Скинути пароль", "Вимкнути"], Buttons(Row(page, Demo.Economy)));
        Assert.Contains("Голова комітету", Row(page, Demo.Chair).TextContent);
        Assert.Equal(["Ролі", "Скинути пароль"], Buttons(Row(page, Demo.Admin)));
    }

    [Fact]
    public async Task Disabling_an_account_after_confirming_marks_it_disabled_and_offers_to_enable_it()
    {
        var email = $"{Demo.Unique("do-vymknennia")}@demo.local";
        var name = Demo.Unique("Тимчасовий");
        await App.Scoped<UserAdminService>().CreateAsync(await App.UserIdAsync(Demo.Admin), new NewAccountInput { Email = email, DisplayName = name });
        var (page, dialogs) = await AdministratorOpensAsync();

        page.Click(() => Row(page, email).QuerySelector($"button[aria-label='Вимкнути обліковий запис: {name}']")!);
        dialogs.WaitForAssertion(() => Assert.Contains("не зможе увійти знову", dialogs.Markup));
        dialogs.Click(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Вимкнути"));

        page.WaitForAssertion(() => Assert.Contains("Вимкнений", Row(page, email).TextContent));
        Assert.Contains("Увімкнути", Buttons(Row(page, email)));
        Assert.DoesNotContain("Вимкнути", Buttons(Row(page, email)));
    }

    [Theory]
    [InlineData(Demo.Economy, WorkspaceRoles.Member)]
    [InlineData(Demo.Chair, WorkspaceRoles.Chair)]
    public async Task Anyone_but_the_administrator_is_not_allowed(string email, string role)
    {
        SignIn(await App.UserIdAsync(email), email, role);

        // As in the layout: the page's refusal shows through the error boundary around it.
        var page = Render<WorkspaceErrorBoundary>(p => p.AddChildContent<UsersPage>());

        page.WaitForAssertion(() => Assert.Equal("Недостатньо прав", page.Find("h1").TextContent.Trim()));
        Assert.DoesNotContain(Demo.Economy, page.Markup);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Створити обліковий запис"));
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");

        var (page, _) = await AdministratorOpensAsync();

        Assert.Equal("Accounts", page.Find("h1").TextContent.Trim());
        Assert.Contains("Working-group member", Row(page, Demo.Economy).TextContent);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Create account");
    }
}
