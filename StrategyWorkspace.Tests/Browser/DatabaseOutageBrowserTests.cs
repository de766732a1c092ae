using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>
/// The database server goes away for a moment under an open page (PostgreSQL: the app reaches it
/// through a relay the test cuts): the person is told, keeps what they typed, and carries on once it is back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DatabaseOutageBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_keeps_their_typing_through_a_lost_database_and_saves_it_once_it_is_back()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "A database server to lose needs PostgreSQL (SW_TEST_POSTGRES).");
        await using var app = new WorkspaceFactory(onKestrel: true).ThroughRelay();
        var page = await browser.NewPageAsync(app.ServerAddress);
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        var title = Demo.Unique("Під час збою");
        await page.CreateAsync("Нова проблема", title, "Перший текст.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        var body = page.GetByLabel("Текст (Markdown)");
        await Expect(body).ToHaveValueAsync("Перший текст.");
        // The editor takes typing once it has settled (its fields read-only until then): only then does the database go.
        await Expect(body).ToBeEditableAsync();

        // The database goes away while the member types and saves.
        app.Relay.Cut();
        await body.FillAsync("Текст, набраний, поки бази даних не було.");
        await page.SaveVersionAsync("під час збою");
        await Expect(page.GetByText("База даних зараз не відповідає").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Зберегти версію" })).ToBeEnabledAsync();
        await Expect(body).ToHaveValueAsync("Текст, набраний, поки бази даних не було.");

        // Back: the same click saves what was typed.
        app.Relay.Restore();
        await page.SaveVersionAsync("після збою");
        await Expect(page.NewestText()).ToContainTextAsync("Текст, набраний, поки бази даних не було.");

        // Typing on while it is away: the browser keeps the text the server cannot take.
        await page.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        await Expect(body).ToHaveValueAsync("Текст, набраний, поки бази даних не було.");
        await Expect(body).ToBeEditableAsync();
        var editor = page.Url;
        app.Relay.Cut();
        await body.FillAsync("Дописане перед тим, як піти.");
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Автозбереження" }))
            .ToContainTextAsync("Ваш текст збережено в цьому браузері");

        // Leaving for a page opened while it is away: it says so, and opens when tried again once it is back.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Головна навігація" })
            .GetByRole(AriaRole.Link, new() { Name = "Документ стратегії" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "База даних не відповідає", Level = 1 })).ToBeVisibleAsync();
        app.Relay.Restore();
        await page.GetByRole(AriaRole.Button, new() { Name = "Спробувати ще раз" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Стратегія розвитку Луганської області до 2020 року");
        await Expect(page.GetByRole(AriaRole.Toolbar, new() { Name = "Дії з редакцією" })).ToBeVisibleAsync();

        // Back in the editor, the text typed before leaving is there, and saves.
        await page.GotoAsync(editor);
        await Expect(page.GetByText("Ваш незбережений текст відновлено з цього браузера")).ToBeVisibleAsync();
        await Expect(body).ToHaveValueAsync("Дописане перед тим, як піти.");
        await page.SaveVersionAsync("дописане");
        await Expect(page.NewestText()).ToContainTextAsync("Дописане перед тим, як піти.");
    }
}
