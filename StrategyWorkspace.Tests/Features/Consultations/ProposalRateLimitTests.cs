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
}
