using System.Net;
using Microsoft.Playwright;
using StrategyWorkspace.Tests.Deployment;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>
/// The README's several-instances recipe as run: two published instances on one PostgreSQL database behind
/// nginx with the repository's sample configuration (sticky sessions, WebSockets, HTTPS at the proxy).
/// Several instances need PostgreSQL, so this runs in .ci/run's PostgreSQL pass.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReverseProxyBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Behind_nginx_a_member_s_page_moves_to_the_other_instance_when_its_own_dies_and_keeps_the_typing()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "Several instances need PostgreSQL (SW_TEST_POSTGRES).");
        await using var database = new DeploymentDatabase();
        var settings = database.Settings();
        settings["Workspace__TrustedProxies__0"] = "127.0.0.1";
        await using var first = await PublishedApp.StartAsync(settings);
        await using var second = await PublishedApp.StartAsync(settings);
        await using var proxy = new Nginx();
        await proxy.StartAsync([first.Port, second.Port]);

        var page = await browser.NewPageAsync(proxy.HttpsAddress, ignoreHttpsErrors: true);
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        await page.CreateAsync("Нова проблема", Demo.Unique("За проксі"), "Перший текст.");
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/edit");
        await page.WaitForInteractiveAsync();
        var body = page.GetByLabel("Текст (Markdown)");
        await Expect(body).ToBeEditableAsync();
        await body.FillAsync("Текст, набраний за проксі.");
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Автозбереження" })).ToContainTextAsync("Робочу копію збережено");

        // The instance that holds the page's circuit dies; the proxy sends the page to the other one.
        var holder = first.Output.Contains("/_blazor", StringComparison.Ordinal) ? first : second;
        holder.Kill();
        await Expect(page.GetByText("Ваш незбережений текст відновлено")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(body).ToHaveValueAsync("Текст, набраний за проксі.");
        await page.WaitForInteractiveAsync();
        Assert.Contains("/_blazor", (holder == first ? second : first).Output);
    }

    [Fact]
    public async Task Over_https_through_the_proxy_the_app_sends_hsts_and_secure_cookies_and_plain_http_is_redirected()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "Several instances need PostgreSQL (SW_TEST_POSTGRES).");
        await using var database = new DeploymentDatabase();
        var settings = database.Settings();
        settings["Workspace__TrustedProxies__0"] = "127.0.0.1";
        await using var first = await PublishedApp.StartAsync(settings);
        await using var second = await PublishedApp.StartAsync(settings);
        await using var proxy = new Nginx();
        await proxy.StartAsync([first.Port, second.Port]);
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        using var client = new HttpClient(handler);

        // A real name, as a browser would send it: the app never pins HSTS on localhost addresses.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{proxy.HttpsAddress}/Account/Login");
        request.Headers.Host = "strategy.test";
        var page = await client.SendAsync(request);
        using var plain = new HttpRequestMessage(HttpMethod.Get, $"{proxy.HttpAddress}/Account/Login");
        plain.Headers.Host = "strategy.test";
        var redirected = await client.SendAsync(plain);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.MovedPermanently, redirected.StatusCode);
        Assert.Equal("https://strategy.test/Account/Login", redirected.Headers.Location!.OriginalString);
    }
}
