using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReviewPathBrowserTests(BrowserFixture browser)
{
    private static async Task SubmitAsync(IPage member, int version)
    {
        await member.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await member.GetByRole(AriaRole.Dialog, new() { Name = $"Подати версію {version} на затвердження" })
            .GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "Відкликати подання" })).ToBeVisibleAsync();
    }

    private static async Task OpenFromInboxAsync(IPage page, string text)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Сповіщення" }).Or(page.Locator("a[href='/inbox']")).First.ClickAsync();
        await page.GetByRole(AriaRole.Link).Filter(new() { HasText = text }).First.ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    [Fact]
    public async Task Submit_comment_request_changes_revise_resubmit_endorse_approve()
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Security, Demo.Password);
        await member.OpenGroupAsync("5. Громадська безпека і відбудова миру");
        var title = Demo.Unique("Розмінування");
        await member.CreateAsync("Нова проблема", title, "Забруднені вибухонебезпечними предметами землі.\n\nПотреба у розмінуванні.");
        await SubmitAsync(member, 1);

        // The expert hears of it, comments on a passage and asks for changes.
        var expert = await browser.NewPageAsync();
        await expert.SignInAsync(Demo.Expert, Demo.Password);
        await OpenFromInboxAsync(expert, title);
        await expert.GetByLabel("Фрагмент").FillAsync("Потреба у розмінуванні.");
        await expert.GetByLabel("Коментар", new() { Exact = true }).FillAsync("Вкажіть площу земель.");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Додати коментар" }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Article, new() { Name = "Коментар: Міжнародний експерт" })).ToContainTextAsync("Вкажіть площу земель.");
        await expert.GetByRole(AriaRole.Radio, new() { Name = "Потрібні зміни" }).CheckAsync();
        await expert.GetByLabel("Примітка (обов'язкова, якщо потрібні зміни)").FillAsync("Бракує даних про площу.");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Зберегти висновок" }).ClickAsync();
        await Expect(expert.GetByText("Бракує даних про площу.")).ToBeVisibleAsync();

        // The member is told, revises and resubmits; the comment's sentence only gained the figure, so the thread stays on it.
        await Expect(member.Locator("a[href='/inbox']")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("непрочитаних"));
        await member.ReviseAsync("Забруднені вибухонебезпечними предметами землі.\n\nПотреба у розмінуванні 7 000 км².", "додано площу");
        await SubmitAsync(member, 2);

        await OpenFromInboxAsync(expert, $"{title}, версія 2");
        var thread = expert.GetByRole(AriaRole.Article, new() { Name = "Коментар: Міжнародний експерт" });
        await Expect(thread).ToContainTextAsync("Фрагмент змінено після версії 1; коментар стосується його й далі:");
        await Expect(thread.Locator("ins").First).ToContainTextAsync("7");
        await Expect(thread).Not.ToContainTextAsync("Застарілий");
        await expert.GetByRole(AriaRole.Radio, new() { Name = "Підтримати" }).CheckAsync();
        await expert.GetByRole(AriaRole.Button, new() { Name = "Зберегти висновок" }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Region, new() { Name = "Висновки експертів щодо версії 2" })).ToContainTextAsync("Підтримати");

        // The chair sees the verdict in the queue and approves; the member sees it live.
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GetByRole(AriaRole.Link, new() { Name = "Подання на розгляд" }).ClickAsync();
        var row = chair.GetByRole(AriaRole.Table, new() { Name = "Подання на розгляд" }).GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("підтримали: 1");
        await row.GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();

        await Expect(member.GetByRole(AriaRole.Table, new() { Name = "Історія версій" }).GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Схвалено");
        await Expect(member.GetByRole(AriaRole.Table, new() { Name = "Історія версій" }).GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Замінено");
    }
}
