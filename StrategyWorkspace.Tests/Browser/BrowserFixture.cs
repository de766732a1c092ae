using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>
/// The app on real Kestrel with its own database, and Debian's headless Chromium driven by
/// Playwright (its own browser download does not work here). Shared by the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public WorkspaceFactory App { get; } = new(onKestrel: true);

    public string BaseAddress { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}: run 'apt-get install -y chromium' (the README's test command does).");
        }
        BaseAddress = App.ServerAddress;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser profile (its own cookies), as a new person on a new machine.</summary>
    /// <param name="ignoreHttpsErrors">For a proxy's self-signed test certificate.</param>
    public async Task<IPage> NewPageAsync(string? baseAddress = null, bool ignoreHttpsErrors = false)
    {
        await CloseThoseOfEarlierTestsAsync();
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress ?? BaseAddress,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            IgnoreHTTPSErrors = ignoreHttpsErrors,
        });
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(WithoutAnimations);
        openContexts.Add(context);
        return await context.NewPageAsync();
    }

    private readonly List<IBrowserContext> openContexts = [];
    private string? openContextsTest;

    /// <summary>
    /// Tests leave their pages open, each with a circuit on the server and a renderer in Chromium.
    /// The collection runs one test at a time, so the first page of the next test closes them.
    /// </summary>
    private async Task CloseThoseOfEarlierTestsAsync()
    {
        var test = TestContext.Current.Test?.UniqueID;
        if (test == openContextsTest)
        {
            return;
        }
        foreach (var context in openContexts)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone with its page; nothing left to free.
            }
        }
        openContexts.Clear();
        openContextsTest = test;
    }

    /// <summary>
    /// Headless Chromium draws on the CPU, and MudBlazor's ripples, transitions and endless progress
    /// bars kept both cores busy drawing frames nobody sees; the tests look at content, not motion.
    /// </summary>
    private const string WithoutAnimations = """
        document.addEventListener('DOMContentLoaded', () => {
            const style = document.createElement('style');
            style.textContent = '*, *::before, *::after { animation: none !important; transition: none !important; }';
            document.head.appendChild(style);
        });
        """;

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
