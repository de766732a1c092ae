using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>The pages work under their Content-Security-Policy: the browser refuses nothing they need.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityPolicyBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Drafting_reviewing_and_the_public_page_run_without_a_refused_script_or_style()
    {
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };

        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        var title = Demo.Unique("Під політикою");
        await page.CreateAsync("Нова проблема", title, "Текст **з розміткою**.");
        await page.ReviseAsync("Новий текст.", "правка");
        await Expect(page.NewestText()).ToContainTextAsync("Новий текст.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Порівняти версії" }).First.ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GotoAsync("/consultation");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();

        Assert.Empty(refused);
    }
}
