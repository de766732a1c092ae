using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StrategyWorkspace.Data;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_signs_in_and_changes_language_with_the_keyboard_alone()
    {
        try
        {
            await SignInAndChooseEnglishWithTheKeyboardAsync();
        }
        finally
        {
            // The choice is saved to the account: the other tests signing in as this member expect Ukrainian.
            await using var db = await browser.App.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
            await db.Users.Where(u => u.Email == Demo.Infrastructure).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, (string?)null));
        }
    }

    private async Task SignInAndChooseEnglishWithTheKeyboardAsync()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await TabUntilFocusedAsync(page, page.GetByLabel("Електронна пошта"));
        await page.Keyboard.TypeAsync(Demo.Infrastructure);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Demo.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Мої групи" })).ToBeVisibleAsync();

        await TabUntilFocusedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Мова інтерфейсу" }));
        await page.Keyboard.PressAsync("Enter");
        // Inside a menu the arrow keys move between items, as in any desktop menu.
        await PressUntilFocusedAsync(page, page.GetByRole(AriaRole.Menuitem, new() { Name = "English" }), "ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My groups" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_dialog_puts_the_cursor_in_its_first_field_but_never_takes_it_from_the_field_the_person_is_in()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Нова проблема" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Нова проблема" });
        // Each check in one script: MudBlazor's own focus trap may move the focus again a moment later.
        const string FocusArrivesIn = """
            (field) => {
                if (field) field.focus(); else document.activeElement?.blur();
                workspace.focusUnlessInAField('new-item-title');
                return document.activeElement?.id ?? '';
            }
            """;

        await Expect(dialog.GetByLabel("Назва")).ToBeVisibleAsync();

        // Nobody in a field yet: the title gets the cursor.
        Assert.Equal("new-item-title", await page.EvaluateAsync<string>(FocusArrivesIn, null));

        // A person quicker than the dialog, already in the text when the focus would arrive: it stays there.
        var text = dialog.GetByLabel("Текст (Markdown)");
        Assert.Equal(await text.GetAttributeAsync("id"), await text.EvaluateAsync<string>(FocusArrivesIn));
    }

    [Fact]
    public async Task What_is_typed_as_a_dialog_opens_lands_in_its_first_field_Enter_goes_on_and_Escape_closes_it()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        var title = Demo.Unique("Одразу");

        // No click into the field, no waiting: the person types as soon as the dialog is there.
        await page.GetByRole(AriaRole.Button, new() { Name = "Нова проблема" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Нова проблема" });
        await Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync(title);
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Текст після Enter.");

        await Expect(dialog.GetByLabel("Назва")).ToHaveValueAsync(title);
        await Expect(dialog.GetByLabel("Текст (Markdown)")).ToHaveValueAsync("Текст після Enter.");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByText(title)).ToHaveCountAsync(0);

        await page.CreateAsync("Нова проблема", title, "Текст.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        await page.GetByLabel("Текст (Markdown)").FillAsync("Інший текст.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Зберегти версію" }).ClickAsync();
        var save = page.GetByRole(AriaRole.Dialog, new() { Name = "Зберегти версію" });
        await Expect(save).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync("примітка одразу");
        await Expect(save.GetByLabel("Примітка до зміни")).ToHaveValueAsync("примітка одразу");
        await page.Keyboard.PressAsync("Escape");
        await Expect(save).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Повернутися до пункту" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        var submit = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Подати" });
        await Expect(submit).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync("для експертів");
        await Expect(submit.GetByRole(AriaRole.Textbox)).ToHaveValueAsync("для експертів");
        await page.Keyboard.PressAsync("Escape");
        await Expect(submit).ToBeHiddenAsync();
    }

    private static Task TabUntilFocusedAsync(IPage page, ILocator target) => PressUntilFocusedAsync(page, target, "Tab");

    /// <summary>Presses a key, as a keyboard user does, until the element has focus.</summary>
    private static async Task PressUntilFocusedAsync(IPage page, ILocator target, string key)
    {
        for (var presses = 0; presses < 30; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement || element.contains(document.activeElement)"))
            {
                return;
            }
            // A person looks where the focus went before pressing again: in a menu the server moves it, and
            // under load a second press sent before the first arrived would pass the item (and choose the next).
            var before = await page.EvaluateHandleAsync("() => document.activeElement");
            await page.Keyboard.PressAsync(key);
            try
            {
                await page.WaitForFunctionAsync("before => document.activeElement !== before", before, new() { Timeout = 2000 });
            }
            catch (PlaywrightException)
            {
                // The key moved nothing (the end of a list): the next press or the check decides.
            }
        }
        Assert.Fail($"Could not reach {target} with the {key} key.");
    }
}
