using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReconnectBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_page_that_loses_the_server_says_so_in_its_language_and_recovers_when_it_returns()
    {
        // Its own server, so that stopping it leaves the other browser tests alone.
        var folder = Path.Combine(Path.GetTempPath(), "sw-tests", Guid.NewGuid().ToString("N"));
        var first = new WorkspaceFactory(onKestrel: true, folder: folder);
        var address = first.ServerAddress;
        var page = await browser.NewPageAsync(address);
        await page.SignInAsync(Demo.Governance, Demo.Password);

        await first.DisposeAsync();
        var notice = page.Locator("#components-reconnect-modal");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("З'єднання із сервером втрачено");

        // The server comes back on the same address and database (a restart).
        await using var second = new WorkspaceFactory(onKestrel: true, port: new Uri(address).Port, folder: folder);
        _ = second.ServerAddress;
        await Expect(notice).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Меню облікового запису" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Вийти" })).ToBeVisibleAsync();
        await second.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
