using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>What a member does while drafting, found by role and label.</summary>
public static class DraftingActions
{
    public const string Group = "1. Економіка і екологія";

    public static async Task OpenGroupAsync(this IPage page, string group = Group)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Головна навігація" })
            .GetByRole(AriaRole.Link, new() { Name = group }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = group, Level = 1 })).ToBeVisibleAsync();
    }

    public static async Task CreateAsync(this IPage page, string newButton, string title, string body, string? linkLabel = null, string? linkTo = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = newButton }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = newButton });
        await dialog.GetByLabel("Назва").FillAsync(title);
        await dialog.GetByLabel("Текст (Markdown)").FillAsync(body);
        if (linkLabel is not null)
        {
            var picker = dialog.GetByRole(AriaRole.Combobox, new() { Name = linkLabel });
            await picker.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = linkTo }).ClickAsync();
            await picker.PressAsync("Escape");
            await Expect(page.GetByRole(AriaRole.Option, new() { Name = linkTo })).ToBeHiddenAsync();
        }
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Створити" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>The text of the newest version on the item's page (not the editor's).</summary>
    public static ILocator NewestText(this IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Текст найновішої версії" });

    public static async Task ReviseAsync(this IPage page, string body, string note)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        await page.GetByLabel("Текст (Markdown)").FillAsync(body);
        // The preview is the server's own rendering: once it shows the new text, the server holds it.
        await Expect(page.Locator(".preview")).ToContainTextAsync(body.Split('\n')[0].Trim());
        await SaveVersionAsync(page, note);
        // Saved, the editor goes back to the item: what the test does next is on that page.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/items/\d+$"));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Історія версій" })).ToBeVisibleAsync();
    }

    public static async Task SaveVersionAsync(this IPage page, string note)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Зберегти версію" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Зберегти версію" });
        await dialog.GetByLabel("Примітка до зміни").FillAsync(note);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Зберегти версію" }).ClickAsync();
    }

    /// <summary>
    /// A member creates a problem, then the administrator and the member both open its editor:
    /// two people editing one item at once.
    /// </summary>
    public static async Task<(IPage Member, IPage Administrator)> EditTogetherAsync(BrowserFixture browser, string title, string body)
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Infrastructure.Demo.Economy, Infrastructure.Demo.Password);
        await member.OpenGroupAsync();
        await member.CreateAsync("Нова проблема", title, body);
        var editUrl = member.Url + "/edit";

        var administrator = await browser.NewPageAsync();
        await administrator.SignInAsync(Infrastructure.Demo.Admin, Infrastructure.Demo.Password);
        await administrator.GotoAsync(editUrl);
        await administrator.WaitForInteractiveAsync();
        await member.GotoAsync(editUrl);
        await member.WaitForInteractiveAsync();
        return (member, administrator);
    }
}
