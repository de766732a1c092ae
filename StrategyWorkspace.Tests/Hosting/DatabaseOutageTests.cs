using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Components.Account;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Tests.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Hosting;

/// <summary>
/// The database server goes away for a moment while the app runs (a restart, a failover, a lost link):
/// every request says so in the person's language, loses nothing typed, and works again once it is back.
/// PostgreSQL only: the app reaches it through a relay the test cuts.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly WorkspaceFactory app = new WorkspaceFactory().ThroughRelay();

    public ValueTask InitializeAsync()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "A database server to lose needs PostgreSQL (SW_TEST_POSTGRES).");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("", "База даних не відповідає", "Спробувати ще раз")]
    [InlineData("?culture=en", "The database does not answer", "Try again")]
    public async Task A_page_opened_meanwhile_says_so_with_503_and_opens_once_the_database_is_back(string culture, string title, string tryAgain)
    {
        using var member = Browser();
        await StaticForms.SignInAsync(member, Demo.Economy, Demo.Password);

        app.Relay.Cut();
        var during = await member.GetAsync($"/document{culture}");
        var html = await during.Content.ReadAsStringAsync();
        app.Relay.Restore();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal("5", during.Headers.RetryAfter?.ToString());
        Assert.Contains(title, html);
        Assert.Contains(tryAgain, html);
        var after = await member.GetAsync("/document");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Економіка області потребує відновлення", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_in_meanwhile_keeps_the_email_says_why_and_works_once_it_is_back()
    {
        using var person = Browser();

        var during = await StaticForms.SignInAsync(person, Demo.Economy, Demo.Password, beforePosting: app.Relay.Cut);
        var html = await during.Content.ReadAsStringAsync();
        app.Relay.Restore();

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Contains("База даних зараз не відповідає. Нічого з набраного не втрачено", html);
        Assert.Contains($"value=\"{Demo.Economy}\"", html);
        var after = await StaticForms.SignInAsync(person, Demo.Economy, Demo.Password);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task An_open_page_stays_signed_in_while_the_database_is_away()
    {
        using var scope = app.Services.CreateScope();
        var signIns = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var principal = await signIns.CreateUserPrincipalAsync((await signIns.UserManager.FindByEmailAsync(Demo.Economy))!);
        using var revalidation = new IdentityRevalidatingAuthenticationStateProvider(
            app.Service<ILoggerFactory>(), app.Service<IServiceScopeFactory>(), app.Service<IOptions<IdentityOptions>>());

        app.Relay.Cut();
        var keptDuring = await revalidation.IsStillValidAsync(principal);
        app.Relay.Restore();

        Assert.True(keptDuring);
        Assert.True(await revalidation.IsStillValidAsync(principal));
    }

    [Fact]
    public async Task A_proposal_sent_meanwhile_comes_back_with_its_text_and_goes_through_once_it_is_back()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var section = await ConsultationTestData.EconomySectionAsync(app);
        using var visitor = Browser();
        var form = new Dictionary<string, string>
        {
            ["Input.Target"] = section,
            ["Input.Text"] = "Пропозиція, написана під час збою",
            ["Input.Name"] = "Оксана",
            ["Input.Email"] = "oksana@example.org",
            ["Input.Consent"] = "true",
            ["Input.Website"] = "",
        };

        var during = await StaticForms.PostAsync(visitor, "/consultation/propose", "proposal", form, beforePosting: app.Relay.Cut);
        var html = await during.Content.ReadAsStringAsync();
        app.Relay.Restore();

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Contains("База даних зараз не відповідає. Нічого з набраного не втрачено", html);
        Assert.Contains("Пропозиція, написана під час збою", html);
        Assert.Contains($"name=\"Input.Target\" value=\"{section}\"", html);
        var after = await StaticForms.PostAsync(visitor, "/consultation/propose", "proposal", form);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
