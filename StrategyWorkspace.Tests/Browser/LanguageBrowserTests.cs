using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LanguageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_switches_to_English_and_back_and_the_choice_is_kept()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Expert, Demo.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Робочі групи" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Мова інтерфейсу" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "English" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Working groups" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // Kept after a reload, and for the account in a new browser.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Interface language" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Українська" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Робочі групи" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
    }

    [Fact]
    public async Task The_culture_query_string_switches_any_page_including_the_interactive_one()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Chair, Demo.Password);

        await page.GotoAsync("/?culture=en&ui-culture=en");
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Working groups" })).ToBeVisibleAsync();
        // A click handled by the circuit renders English too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}

[Collection(BrowserCollection.Name)]
public sealed class ThemeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_dark_theme_is_kept_after_a_reload()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Security, Demo.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Увімкнути темну тему" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Увімкнути світлу тему" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Увімкнути світлу тему" })).ToBeVisibleAsync();
    }
}
