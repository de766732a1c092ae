using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReviewBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_submits_the_chair_reads_the_diff_and_approves_and_the_member_sees_it_live()
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await member.OpenGroupAsync();
        var title = Demo.Unique("Екологія річок");
        await member.CreateAsync("Нова проблема", title, "Забруднення річки Сіверський Донець.");
        await member.ReviseAsync("Забруднення річки Сіверський Донець зростає.", "уточнено");
        await Expect(member.NewestText()).ToContainTextAsync("зростає");
        await member.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        var submit = member.GetByRole(AriaRole.Dialog, new() { Name = "Подати версію 2 на затвердження" });
        await submit.GetByLabel("Примітка для рецензентів").FillAsync("прошу затвердити");
        await submit.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "Відкликати подання" })).ToBeVisibleAsync();

        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GetByRole(AriaRole.Link, new() { Name = "Подання на розгляд" }).ClickAsync();
        var queue = chair.GetByRole(AriaRole.Table, new() { Name = "Подання на розгляд" });
        var row = queue.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("прошу затвердити");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

        // By default: the submitted version against the last approved one (none yet: empty).
        var diff = chair.GetByRole(AriaRole.Region, new() { Name = "Зміни від порожньо (новий пункт) до версія 2" });
        await Expect(diff).ToContainTextAsync("Сіверський Донець зростає");
        await chair.GetByRole(AriaRole.Combobox, new() { Name = "Від" }).ClickAsync();
        await chair.GetByRole(AriaRole.Option, new() { Name = "версія 1 — Чернетка" }).ClickAsync();
        var fromOne = chair.GetByRole(AriaRole.Region, new() { Name = "Зміни від версія 1 до версія 2" });
        // Retried until the new comparison replaced the old one (whose title and text were all insertions).
        await Expect(fromOne.Locator("ins")).ToHaveCountAsync(1);
        await Expect(fromOne.Locator("ins")).ToContainTextAsync("зростає");

        await chair.GetByRole(AriaRole.Link, new() { Name = "Подання на розгляд" }).ClickAsync();
        await queue.GetByRole(AriaRole.Row).Filter(new() { HasText = title })
            .GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();
        await Expect(queue.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToHaveCountAsync(0);

        // The member, still on the item's page, sees the decision without reloading.
        var history = member.GetByRole(AriaRole.Table, new() { Name = "Історія версій" });
        await Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Схвалено");
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "Відкликати подання" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_chair_hears_of_a_submission_live_and_opens_it_from_the_inbox_and_the_member_hears_of_the_decision()
    {
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GotoAsync("/inbox");
        await chair.WaitForInteractiveAsync();
        var chairsUnread = await UnreadAsync(chair);

        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Infrastructure, Demo.Password);
        await member.OpenGroupAsync("2. Інфраструктура і система життєзабезпечення");
        var title = Demo.Unique("Водопостачання");
        await member.CreateAsync("Нова проблема", title, "Зношені мережі.");
        var membersUnread = await UnreadAsync(member);
        await member.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await member.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();

        // Without a reload: the badge counts one more, and the inbox lists it.
        await Expect(chair.GetByRole(AriaRole.Link, new() { Name = $"Сповіщення: непрочитаних {chairsUnread + 1}" })).ToBeVisibleAsync();
        var notice = chair.GetByRole(AriaRole.Link).Filter(new() { HasText = title });
        await Expect(notice).ToContainTextAsync("Андрій Шевчук подав(ла)");
        await notice.ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Порівняння версій");
        await Expect(chair.GetByRole(AriaRole.Link, new() { Name = chairsUnread == 0 ? "Сповіщення" : $"Сповіщення: непрочитаних {chairsUnread}" })).ToBeVisibleAsync();

        await chair.GetByRole(AriaRole.Link, new() { Name = "Подання на розгляд" }).ClickAsync();
        var row = chair.GetByRole(AriaRole.Table, new() { Name = "Подання на розгляд" }).GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Button, new() { Name = "Відхилити" }).ClickAsync();
        var reject = chair.GetByRole(AriaRole.Dialog);
        await reject.GetByRole(AriaRole.Button, new() { Name = "Відхилити" }).ClickAsync();
        await Expect(reject).ToContainTextAsync("Це поле обов'язкове.");
        await reject.GetByLabel("Причина (її прочитають учасники групи)").FillAsync("Додайте дані про втрати води.");
        await reject.GetByRole(AriaRole.Button, new() { Name = "Відхилити" }).ClickAsync();

        await Expect(member.GetByRole(AriaRole.Link, new() { Name = $"Сповіщення: непрочитаних {membersUnread + 1}" })).ToBeVisibleAsync();
        await Expect(member.GetByText("Голова відхилив(ла) цю версію: Додайте дані про втрати води.")).ToBeVisibleAsync();
    }

    private static async Task<int> UnreadAsync(IPage page)
    {
        var label = await page.Locator("a[href='/inbox']").GetAttributeAsync("aria-label") ?? "";
        var digits = new string(label.Where(char.IsDigit).ToArray());
        return digits.Length == 0 ? 0 : int.Parse(digits);
    }

    [Fact]
    public async Task An_expert_cannot_approve_even_by_calling_the_queue_page()
    {
        var expert = await browser.NewPageAsync();
        await expert.SignInAsync(Demo.Expert, Demo.Password);
        await expert.GetByRole(AriaRole.Link, new() { Name = "Подання на розгляд" }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Heading, new() { Name = "Подання на розгляд" })).ToBeVisibleAsync();
        await Expect(expert.GetByRole(AriaRole.Button, new() { Name = "Затвердити" })).ToHaveCountAsync(0);
    }
}
