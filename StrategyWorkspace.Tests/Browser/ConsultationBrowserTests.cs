using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ConsultationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task From_a_visitors_proposal_to_the_report_you_said_we_did()
    {
        // The chair opens a consultation on the newest edition.
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GotoAsync("/consultation/manage");
        await chair.WaitForInteractiveAsync();
        var close = chair.GetByRole(AriaRole.Button, new() { Name = "Закрити обговорення" });
        if (await close.CountAsync() > 0)
        {
            await close.ClickAsync();
            await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Закрити обговорення" }).ClickAsync();
        }
        await chair.GetByLabel("Вступ для громадськості").FillAsync("Запрошуємо надсилати пропозиції до проєкту Стратегії.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Відкрити обговорення" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Закрити обговорення" })).ToBeVisibleAsync();

        // A visitor without an account reads the draft and sends a proposal on the economy section.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/consultation");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Громадське обговорення");
        await Expect(visitor.GetByText("Запрошуємо надсилати пропозиції до проєкту Стратегії.")).ToBeVisibleAsync();
        // The contents lead to the section's own page, and its proposal link is aimed at that section.
        await visitor.GetByRole(AriaRole.Navigation, new() { Name = "Зміст" })
            .GetByRole(AriaRole.Link, new() { Name = "1. Економіка і екологія", Exact = true }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "1. Економіка і екологія", Level = 2 })).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Navigation, new() { Name = "Розділи" }).GetByRole(AriaRole.Link, new() { Name = "До змісту" })).ToBeVisibleAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Надіслати пропозицію" }).ClickAsync();
        var text = Demo.Unique("Підтримати малий бізнес у громадах");
        await Expect(visitor.GetByLabel("Розділ або пункт")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^g"));
        await visitor.GetByLabel("Ваша пропозиція чи коментар").FillAsync(text);
        await visitor.GetByLabel("Організація (необов’язково)").FillAsync("ГО «Громада»");
        await visitor.GetByLabel("Я погоджуюся").CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Надіслати пропозицію" }).ClickAsync();
        var reference = (await visitor.Locator(".proposal-reference").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Z2-9]{9}$", reference);

        // The chair publishes it.
        await chair.GotoAsync("/consultation/moderation");
        await chair.WaitForInteractiveAsync();
        var pending = chair.GetByRole(AriaRole.Article, new() { Name = $"Пропозиція {reference}" });
        await Expect(pending).ToContainTextAsync(text);
        await pending.GetByRole(AriaRole.Button, new() { Name = "Оприлюднити" }).ClickAsync();
        await Expect(pending).ToHaveCountAsync(0);

        // Published, it is found by the public search, with the consulted text; a word of it leads to its section's page.
        await visitor.GotoAsync("/consultation");
        await visitor.GetByRole(AriaRole.Search).GetByLabel("Пошук").FillAsync(text.Split('-')[^1]);
        await visitor.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Шукати" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Пошук у проєкті Стратегії", Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "Пропозиції громадськості та відповіді" })).ToContainTextAsync($"Пропозиція {reference}");
        await visitor.GetByRole(AriaRole.Search).GetByLabel("Пошук").FillAsync("відновлення");
        await visitor.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Шукати" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { NameRegex = new("Економіка області потребує відновлення") }).First.ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/consultation/sections/1#item-\d+$"));

        // A member of the group takes it into a new version of an item and answers with a link to it.
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await member.OpenGroupAsync();
        var title = Demo.Unique("Малий бізнес");
        await member.CreateAsync("Нова проблема", title, "Малий бізнес потребує підтримки.");
        await member.ReviseAsync("Малий бізнес у громадах потребує підтримки.", "за пропозицією громадськості");
        await Expect(member.NewestText()).ToContainTextAsync("у громадах");
        await member.GotoAsync("/consultation/answers");
        await member.WaitForInteractiveAsync();
        var answer = member.GetByRole(AriaRole.Article, new() { Name = $"Пропозиція {reference}" });
        await answer.GetByRole(AriaRole.Radio, new() { Name = "Враховано", Exact = true }).CheckAsync();
        await answer.GetByLabel("Обґрунтування (публічне)").FillAsync("Враховано в описі проблеми.");
        await answer.GetByRole(AriaRole.Combobox, new() { Name = "Пункт, що її врахував (необов’язково)" }).ClickAsync();
        await member.GetByRole(AriaRole.Option).Filter(new() { HasText = title }).ClickAsync();
        await Expect(answer.GetByLabel("Версія")).ToHaveValueAsync("2");
        await answer.GetByRole(AriaRole.Button, new() { Name = "Зберегти відповідь" }).ClickAsync();
        await Expect(answer).ToContainTextAsync("Відповідь: Враховано — Враховано в описі проблеми.");

        // The visitor sees the answer with their reference, and the public page shows it.
        await visitor.GotoAsync($"/consultation/status?reference={reference}");
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("Враховано в описі проблеми.");

        // The chair closes the consultation; the report shows the proposal, its answer and the version.
        await chair.GotoAsync("/consultation/manage");
        await chair.WaitForInteractiveAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Закрити обговорення" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Закрити обговорення" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Відкрити обговорення" })).ToBeVisibleAsync();

        await visitor.GotoAsync("/consultation");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Звіт про обговорення" }).ClickAsync();
        var line = visitor.GetByRole(AriaRole.Listitem).Filter(new() { HasText = text });
        await Expect(line).ToContainTextAsync("Враховано в описі проблеми.");
        await Expect(line).ToContainTextAsync(", версія 2");
        await Expect(visitor.GetByRole(AriaRole.Table, new() { Name = "За робочими групами" })).ToContainTextAsync("1. Економіка і екологія");
    }
}
