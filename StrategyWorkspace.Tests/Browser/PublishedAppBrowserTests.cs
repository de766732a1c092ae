using Microsoft.Playwright;
using StrategyWorkspace.Tests.Deployment;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>
/// The app as the README's production recipe runs it: published, started from its folder in Production,
/// on SQLite in the first pass and on PostgreSQL in the second.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishedAppBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_published_app_in_Production_serves_its_scripts_and_its_pages_become_interactive()
    {
        await using var database = new DeploymentDatabase();
        // The README's production settings: no demo committee, the secretariat's first account.
        var settings = database.Settings();
        settings["Workspace__SeedDemoData"] = "false";
        settings["Workspace__InitialAdministratorEmail"] = "secretariat@example.org";
        settings["Workspace__InitialAdministratorPassword"] = "Secretariat-2026!";
        await using var app = await PublishedApp.StartAsync(settings);
        using var http = new HttpClient();

        // The build output run in Production serves these as empty files; the published app has them.
        foreach (var asset in new[] { "_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.js", "_content/MudBlazor/MudBlazor.min.css", "start.js" })
        {
            var bytes = await http.GetByteArrayAsync($"{app.Address}/{asset}");
            Assert.True(bytes.Length > 100, $"{asset} is {bytes.Length} bytes");
        }
        var page = await browser.NewPageAsync(app.Address);
        await page.SignInAsync("secretariat@example.org", "Secretariat-2026!");
        await page.GetByRole(AriaRole.Link, new() { Name = "Редакції" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // (EF logs a failure for the migrations history it probes on a new PostgreSQL database; that one is expected.)
        Assert.DoesNotContain("fail: StrategyWorkspace", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail: Microsoft.AspNetCore", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killed_while_a_member_types_the_app_comes_back_and_every_word_typed_is_there()
    {
        await using var database = new DeploymentDatabase();
        await using var app = await PublishedApp.StartAsync(database.Settings());
        var page = await browser.NewPageAsync(app.Address);
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        await page.CreateAsync("Нова проблема", Demo.Unique("Під час перезапуску"), "Початок.");
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/edit");
        await page.WaitForInteractiveAsync();
        var body = page.GetByLabel("Текст (Markdown)");
        await Expect(body).ToBeEditableAsync();
        await body.FocusAsync();
        await body.PressAsync("Control+End");

        await body.PressSequentiallyAsync(" Перше друге третє.");
        app.Kill();
        // The notice says so without covering the editor: the member goes on typing.
        await Expect(page.Locator("#components-reconnect-modal")).ToContainTextAsync("З'єднання із сервером втрачено");
        await body.PressSequentiallyAsync(" Четверте п'яте шосте.");
        await app.RestartAsync();

        // The page finds its circuit gone, loads again from the restarted server and gives the text back.
        await Expect(page.GetByText("Ваш незбережений текст відновлено з цього браузера")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(body).ToHaveValueAsync("Початок. Перше друге третє. Четверте п'яте шосте.");
    }
}
