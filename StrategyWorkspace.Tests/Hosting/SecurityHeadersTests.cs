using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>Every response carries the security headers: pages, public pages, static files, downloads, errors.</summary>
public sealed class SecurityHeadersTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        var path = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff), path);
        Assert.Equal("nosniff", Assert.Single(sniff));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/consultation")]
    [InlineData("/not-a-page")]
    public async Task A_page_allows_only_its_own_scripts_and_no_framing(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        AssertCommonHeaders(response);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.PagePolicy, policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/app.css")]
    [InlineData("/workspace.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/healthz")]
    public async Task A_static_file_or_an_endpoint_may_run_nothing(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Equal(SecurityHeaders.OtherPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Every_download_carries_the_headers()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await StaticForms.SignInAsync(client, Demo.Chair, Demo.Password);

        string[] downloads =
        [
            EditionAddresses.DocxUrl(1), EditionAddresses.MarkdownUrl(1), EditionAddresses.TrackedChangesUrl(0, 1),
            ConsultationReportEndpoints.CsvUrl, ConsultationReportEndpoints.DocxUrl,
        ];
        foreach (var path in downloads)
        {
            var response = await client.GetAsync(path);
            AssertCommonHeaders(response);
            // A report before the consultation closes is the not-found page, which is a page.
            var isPage = response.Content.Headers.ContentType?.MediaType == "text/html";
            Assert.Equal(isPage ? SecurityHeaders.PagePolicy : SecurityHeaders.OtherPolicy,
                Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        }
        var print = await client.GetAsync(EditionAddresses.PrintUrl(1));
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        AssertCommonHeaders(print);
    }

    [Fact]
    public async Task The_sign_in_cookies_are_secure_over_https()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"),
        });

        var form = await client.GetAsync("/Account/Login");
        var signIn = await StaticForms.SignInAsync(client, Demo.Expert, Demo.Password);
        var culture = await client.GetAsync("/culture/set?culture=en&redirectUri=/");

        var cookies = form.Headers.GetValues("Set-Cookie")
            .Concat(signIn.Headers.GetValues("Set-Cookie"))
            .Concat(culture.Headers.GetValues("Set-Cookie"))
            .ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }
}
