using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class GoalBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_makes_a_goal_operational_serving_a_strategic_one_with_a_priority_and_a_condition_and_the_compare_page_shows_it()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        var goal = Demo.Unique("Децентралізована влада");
        await page.CreateAsync("Нова ціль", goal, "Громади отримують повноваження.");
        var goalUrl = page.Url;
        await Expect(page.GetByLabel("Рівень, пріоритет і умова")).ToContainTextAsync("Стратегічна ціль");

        await page.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        // The editor takes input once it has settled (the fields read-only until then).
        await Expect(page.GetByLabel("Текст (Markdown)")).ToBeEditableAsync();
        // An operational goal, serving the demo's strategic goal.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Рівень цілі" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Операційна ціль" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Служить стратегічній цілі" }).ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Високотехнологічні виробництва без шкоди для довкілля" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Пріоритет" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Пріоритет 1" }).ClickAsync();
        await page.GetByLabel("Умова", new() { Exact = true }).FillAsync("Після ухвалення закону про децентралізацію");
        await page.SaveVersionAsync("пріоритет і умова");
        await Expect(page).ToHaveURLAsync(goalUrl);

        var traits = page.GetByLabel("Рівень, пріоритет і умова");
        await Expect(traits).ToContainTextAsync("Пріоритет 1");
        await Expect(traits).ToContainTextAsync("Умова: Після ухвалення закону про децентралізацію");
        await Expect(traits).ToContainTextAsync("Операційна ціль");
        await Expect(traits.GetByRole(AriaRole.Link)).ToContainTextAsync("Високотехнологічні виробництва без шкоди для довкілля");

        await page.GotoAsync(goalUrl + "/compare");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator(".goal-traits-diff ins")).ToContainTextAsync("Пріоритет 1 · Умова: Після ухвалення закону про децентралізацію");
    }
}
