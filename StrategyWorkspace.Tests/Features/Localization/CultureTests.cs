using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Features.Localization;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Localization;

public sealed class CultureTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Pages_are_in_Ukrainian_by_default_whatever_the_browser_asks_for()
    {
        using var client = Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var page = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"uk\"", page);
        Assert.Contains("<h1>Вхід</h1>", page);
    }

    [Fact]
    public async Task The_culture_query_string_works_on_any_page_and_sticks_in_the_culture_cookie()
    {
        using var client = Browser();

        var response = await client.GetAsync("/Account/Login?culture=en&ui-culture=en");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("<h1>Sign in</h1>", page);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den"));
        // The next request, without the query string, stays English (as the circuit's own request does).
        Assert.Contains("<h1>Sign in</h1>", await client.GetStringAsync("/Account/Login"));
    }

    [Fact]
    public async Task The_language_switch_sets_the_cookie_and_returns_to_the_page_without_the_old_query_culture()
    {
        using var client = Browser();

        var response = await client.GetAsync(CultureEndpoints.SetUrl("en", "/Account/Login?culture=uk&ReturnUrl=%2Fadmin"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2Fadmin", response.Headers.Location!.OriginalString);
        Assert.Contains("<h1>Sign in</h1>", await client.GetStringAsync("/Account/Login"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public void The_return_address_never_leaves_the_site(string returnUrl)
    {
        Assert.Equal("/", CultureEndpoints.SafeReturnUrl(returnUrl));
    }

    [Fact]
    public async Task A_signed_in_persons_choice_is_kept_with_their_account_and_applied_at_the_next_sign_in()
    {
        using var first = Browser();
        await StaticForms.SignInAsync(first, Demo.Social, Demo.Password);
        await first.GetAsync(CultureEndpoints.SetUrl("en", "/"));

        var userId = await app.UserIdAsync(Demo.Social);
        Assert.Equal("en", await app.Scoped<UserCultureService>().GetPreferenceAsync(userId));

        // Another browser, no cookie yet: signing in brings the English interface back.
        using var second = Browser();
        var signedIn = await StaticForms.SignInAsync(second, Demo.Social, Demo.Password);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den"));

        await app.Scoped<UserCultureService>().SavePreferenceAsync(userId, "uk");
    }

    [Fact]
    public async Task A_language_chosen_on_the_sign_in_page_wins_over_the_saved_one_and_is_saved()
    {
        var userId = await app.UserIdAsync(Demo.Security);
        await app.Scoped<UserCultureService>().SavePreferenceAsync(userId, "uk");
        using var client = Browser();

        await client.GetAsync(CultureEndpoints.SetUrl("en", "/Account/Login"));
        var signedIn = await StaticForms.SignInAsync(client, Demo.Security, Demo.Password);

        Assert.DoesNotContain(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Duk", StringComparison.Ordinal));
        Assert.Equal("en", await app.Scoped<UserCultureService>().GetPreferenceAsync(userId));
        Assert.Contains("My groups", await client.GetStringAsync("/"));
        await app.Scoped<UserCultureService>().SavePreferenceAsync(userId, "uk");
    }

    [Fact]
    public void English_dates_are_day_first_with_the_month_s_name_and_a_24_hour_clock()
    {
        var moment = new DateTime(2026, 12, 1, 22, 51, 0);

        Assert.Equal("1 Dec 2026 22:51", moment.ToString("g", WorkspaceCultures.Get("en")));
        Assert.Equal("1 Dec 2026", moment.ToString("d", WorkspaceCultures.Get("en")));
        Assert.Equal("01.12.2026 22:51", moment.ToString("g", WorkspaceCultures.Get("uk")));
    }

    [Fact]
    public async Task A_page_in_English_shows_its_dates_day_first()
    {
        using var client = Browser();
        await StaticForms.SignInAsync(client, Demo.Chair, Demo.Password);

        var page = await client.GetStringAsync("/editions?culture=en&ui-culture=en");

        Assert.Matches(@"<time datetime=""[^""]+"">\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}</time>", page);
        Assert.DoesNotMatch(@"\d{1,2}/\d{1,2}/\d{4}", page);
    }

    [Fact]
    public async Task An_unsupported_culture_is_ignored()
    {
        using var client = Browser();
        var response = await client.GetAsync(CultureEndpoints.SetUrl("fr", "/Account/Login"));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out _));
        Assert.Contains("<h1>Вхід</h1>", await client.GetStringAsync("/Account/Login"));
    }
}
