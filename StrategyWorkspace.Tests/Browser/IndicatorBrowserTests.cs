using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class IndicatorBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_gives_a_task_an_indicator_with_a_baseline_and_a_target_changes_the_target_and_the_expert_sees_it_in_the_diff()
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await member.OpenGroupAsync();
        await member.CreateAsync("Нове завдання", Demo.Unique("Нові робочі місця"), "Створення робочих місць у громадах.");
        var taskUrl = member.Url;

        await member.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        await Expect(member.GetByLabel("Текст (Markdown)")).ToBeEditableAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Додати індикатор" }).ClickAsync();
        var indicator = member.GetByRole(AriaRole.Group, new() { Name = "Індикатор 1" });
        await indicator.GetByRole(AriaRole.Textbox, new() { Name = "Індикатор", Exact = true }).FillAsync("Рівень безробіття");
        await indicator.GetByRole(AriaRole.Textbox, new() { Name = "Одиниця виміру" }).FillAsync("%");
        await indicator.GetByRole(AriaRole.Textbox, new() { Name = "Джерело даних" }).FillAsync("Держстат");
        await indicator.GetByRole(AriaRole.Spinbutton, new() { Name = "Базове значення", Exact = true }).FillAsync("11,8");
        await indicator.GetByRole(AriaRole.Spinbutton, new() { Name = "Базовий рік", Exact = true }).FillAsync("2015");
        await indicator.GetByRole(AriaRole.Button, new() { Name = "Додати рік" }).ClickAsync();
        var targets = member.GetByRole(AriaRole.Group, new() { Name = "Цільові значення індикатора 1" });
        await targets.GetByRole(AriaRole.Spinbutton, new() { Name = "Рік", Exact = true }).FillAsync("2020");
        await targets.GetByRole(AriaRole.Spinbutton, new() { Name = "Цільове значення", Exact = true }).FillAsync("8,5");
        await member.SaveVersionAsync("індикатор безробіття");
        await Expect(member).ToHaveURLAsync(taskUrl);
        var table = member.GetByRole(AriaRole.Table, new() { Name = "Індикатори" });
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Рівень безробіття" })).ToContainTextAsync("базове 11,8 (2015)");
        await Expect(table.GetByRole(AriaRole.Cell, new() { Name = "8,5" })).ToBeVisibleAsync();

        // The target is lowered: a new version, and the expert sees the changed value in the diff.
        await member.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        await Expect(member.GetByLabel("Текст (Markdown)")).ToBeEditableAsync();
        await member.GetByRole(AriaRole.Group, new() { Name = "Цільові значення індикатора 1" }).GetByRole(AriaRole.Spinbutton, new() { Name = "Цільове значення", Exact = true }).FillAsync("8");
        await member.SaveVersionAsync("нижча ціль");
        await Expect(member).ToHaveURLAsync(taskUrl);
        await Expect(member.GetByRole(AriaRole.Table, new() { Name = "Індикатори" }).GetByRole(AriaRole.Cell, new() { Name = "8", Exact = true })).ToBeVisibleAsync();

        var expert = await browser.NewPageAsync();
        await expert.SignInAsync(Demo.Expert, Demo.Password);
        await expert.GotoAsync(taskUrl + "/compare?from=2&to=3");
        await expert.WaitForInteractiveAsync();
        var diff = expert.Locator(".indicators-diff");
        // The word diff splits at the decimal comma: "8,5" became "8" by losing ",5".
        await Expect(diff.Locator("del")).ToContainTextAsync(",5");
        await Expect(diff).ToContainTextAsync("цілі 2020 — 8 ");
    }
}
