using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>An app of its own: the limit counts every proposal from the test's one address.</summary>
public sealed class ProposalRateLimitTests : IAsyncLifetime
{
    private readonly WorkspaceFactory app = new WorkspaceFactory().With("Workspace:ProposalsPerHour", "2");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_burst_of_proposals_from_one_address_is_refused_with_a_message_and_the_text_kept()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        using var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var section = await ConsultationTestData.EconomySectionAsync(app);

        Task<HttpResponseMessage> SendAsync(int n) => StaticForms.PostAsync(visitor, "/consultation/propose", "proposal", new Dictionary<string, string>
        {
            ["Input.Target"] = section,
            ["Input.Text"] = $"Пропозиція номер {n}",
            ["Input.Consent"] = "true",
        });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await SendAsync(1)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await SendAsync(2)).StatusCode);
        var third = await SendAsync(3);

        Assert.Equal(System.Net.HttpStatusCode.OK, third.StatusCode);
        var html = await third.Content.ReadAsStringAsync();
        Assert.Contains("Забагато пропозицій з вашої адреси за останню годину.", html);
        Assert.Contains("Пропозиція номер 3", html);
    }

    [Fact]
    public async Task Behind_a_trusted_balancer_each_visitor_counts_on_their_own_address()
    {
        await using var behind = new WorkspaceFactory(onKestrel: true)
            .With("Workspace:ProposalsPerHour", "1").With("Workspace:TrustedProxies:0", "127.0.0.0/8");
        await ConsultationTestData.OpenFreshAsync(behind);
        var section = await ConsultationTestData.EconomySectionAsync(behind);
        using var first = ThroughBalancer(behind, "203.0.113.5");
        using var second = ThroughBalancer(behind, "203.0.113.6");

        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(first, section, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(first, section, 2)).StatusCode); // refused: their hour is used
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(second, section, 3)).StatusCode);
    }

    [Fact]
    public async Task Without_a_trusted_balancer_a_forged_forwarded_address_does_not_escape_the_limit()
    {
        await using var direct = new WorkspaceFactory(onKestrel: true).With("Workspace:ProposalsPerHour", "1");
        await ConsultationTestData.OpenFreshAsync(direct);
        var section = await ConsultationTestData.EconomySectionAsync(direct);
        using var first = ThroughBalancer(direct, "203.0.113.5");
        using var forged = ThroughBalancer(direct, "203.0.113.6");

        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(first, section, 1)).StatusCode);
        var refused = await SendAsync(forged, section, 2);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Забагато пропозицій з вашої адреси за останню годину.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_trusted_proxy_that_is_no_address_stops_the_start_naming_the_setting()
    {
        await using var wrong = new WorkspaceFactory().With("Workspace:TrustedProxies:0", "balancer.local");

        var error = Assert.ThrowsAny<Exception>(() => wrong.Services);

        Assert.Contains("Workspace:TrustedProxies", error.GetBaseException().Message);
    }

    /// <summary>A visitor whose requests arrive from a balancer on loopback that names their address.</summary>
    private static HttpClient ThroughBalancer(WorkspaceFactory app, string visitorAddress)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.ServerAddress) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", visitorAddress);
        return client;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient visitor, string section, int n) =>
        StaticForms.PostAsync(visitor, "/consultation/propose", "proposal", new Dictionary<string, string>
        {
            ["Input.Target"] = section,
            ["Input.Text"] = $"Пропозиція через балансувальник {n}",
            ["Input.Consent"] = "true",
        });
}
