using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class SelfRegistrationTests
{
    [Fact]
    public async Task With_the_switch_on_a_visitor_registers_as_a_member_and_is_signed_in()
    {
        await using var app = new WorkspaceFactory(allowSelfRegistration: true);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"{Demo.Unique("reg")}@example.org";

        var response = await StaticForms.PostAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Громадянка",
            ["Input.Email"] = email,
            ["Input.Password"] = "Strong-Pass-2026",
            ["Input.ConfirmPassword"] = "Strong-Pass-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.NotNull(await app.UserIdAsync(email));
    }

    [Fact]
    public async Task With_the_switch_on_a_taken_email_gets_a_localized_message()
    {
        await using var app = new WorkspaceFactory(allowSelfRegistration: true);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await StaticForms.PostAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Двійник",
            ["Input.Email"] = Demo.Economy,
            ["Input.Password"] = "Strong-Pass-2026",
            ["Input.ConfirmPassword"] = "Strong-Pass-2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("уже існує", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_switch_off_a_posted_form_creates_nothing()
    {
        await using var app = new WorkspaceFactory();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"{Demo.Unique("sneak")}@example.org";

        // The form is not shown, but a hand-made POST must not slip through either.
        var page = await client.GetStringAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        await client.PostAsync("/Account/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.DisplayName"] = "Непроханий",
            ["Input.Email"] = email,
            ["Input.Password"] = "Strong-Pass-2026",
            ["Input.ConfirmPassword"] = "Strong-Pass-2026",
        }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.UserIdAsync(email));
    }
}
