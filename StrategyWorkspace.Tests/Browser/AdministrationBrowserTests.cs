using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdministrationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_creates_an_account_adds_it_to_a_group_and_the_person_sees_the_group()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Admin, Demo.Password);
        var email = $"{Demo.Unique("newcomer")}@example.org";
        var name = $"Новачок {Demo.Unique("n")}";

        await page.GetByRole(AriaRole.Link, new() { Name = "Облікові записи" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Облікові записи" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Створити обліковий запис" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Ім'я та прізвище").FillAsync(name);
        await dialog.GetByLabel("Електронна пошта").FillAsync(email);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Створити", Exact = true }).ClickAsync();

        var passwordDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Одноразовий пароль" });
        var oneTimePassword = await passwordDialog.GetByLabel("Одноразовий пароль").InputValueAsync();
        Assert.Equal(14, oneTimePassword.Length);
        await passwordDialog.GetByRole(AriaRole.Button, new() { Name = "Готово" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = email })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Групи та учасники" }).ClickAsync();
        var group = page.GetByRole(AriaRole.Region, new() { Name = "1. Економіка і екологія" });
        await group.GetByRole(AriaRole.Combobox, new() { Name = "Додати учасника до «Економіка і екологія»" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = name }).ClickAsync();
        await group.GetByRole(AriaRole.Button, new() { Name = "Додати", Exact = true }).ClickAsync();
        await Expect(group.GetByRole(AriaRole.Listitem).Filter(new() { HasText = name })).ToBeVisibleAsync();
        await page.SignOutAsync();

        await page.SignInAsync(email, oneTimePassword);
        var myGroups = page.GetByRole(AriaRole.Region, new() { Name = "Мої групи" });
        await Expect(myGroups.GetByRole(AriaRole.Heading, new() { Name = "1. Економіка і екологія" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_is_refused_the_admin_pages_even_by_address()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Economy, Demo.Password);

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Облікові записи" })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/users");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Недостатньо прав" })).ToBeVisibleAsync();
        await Expect(page.GetByText(Demo.Admin)).ToHaveCountAsync(0);
    }
}
