using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>What a person does on every visit, found by role and label as a screen reader would.</summary>
public static class PageActions
{
    /// <summary>Waits until the circuit is connected: a click before that would be lost.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Expect(page.Locator("[data-circuit=ready]")).ToBeAttachedAsync();

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Електронна пошта").FillAsync(email);
        await page.GetByLabel("Пароль", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Меню облікового запису" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Вийти" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вхід" })).ToBeVisibleAsync();
    }
}
