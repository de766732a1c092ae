using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Components.Account;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class SignInTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<(string Email, string Password)> NewAccountAsync()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = new NewAccountInput { Email = $"{Demo.Unique("s")}@example.org", DisplayName = "Тест", Password = "Strong-Pass-2026", Roles = [WorkspaceRoles.Member] };
        await app.Scoped<UserAdminService>().CreateAsync(admin, input);
        return (input.Email, input.Password!);
    }

    [Fact]
    public async Task A_demo_account_signs_in_and_reaches_the_dashboard()
    {
        using var client = Browser();

        var response = await StaticForms.SignInAsync(client, Demo.Economy, Demo.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Економіка і екологія", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_gets_a_localized_message()
    {
        using var client = Browser();

        var response = await StaticForms.SignInAsync(client, Demo.Expert, "wrong-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Неправильна електронна пошта або пароль.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var (email, password) = await NewAccountAsync();
        using var client = Browser();

        for (var attempt = 1; attempt < 5; attempt++)
        {
            var failed = await StaticForms.SignInAsync(client, email, "wrong-password");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var fifth = await StaticForms.SignInAsync(client, email, "wrong-password");
        var right = await StaticForms.SignInAsync(client, email, password);

        Assert.EndsWith("/Account/Lockout", fifth.Headers.Location!.OriginalString);
        Assert.EndsWith("/Account/Lockout", right.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_disabled_account_is_told_so_only_with_the_right_password()
    {
        var (email, password) = await NewAccountAsync();
        var admin = await app.UserIdAsync(Demo.Admin);
        await app.Scoped<UserAdminService>().SetDisabledAsync(admin, await app.UserIdAsync(email), true);
        using var client = Browser();

        var withRight = await (await StaticForms.SignInAsync(client, email, password)).Content.ReadAsStringAsync();
        var withWrong = await (await StaticForms.SignInAsync(client, email, "wrong-password")).Content.ReadAsStringAsync();

        Assert.Contains("Цей обліковий запис вимкнено.", withRight);
        Assert.DoesNotContain("вимкнено", withWrong);
    }

    [Fact]
    public async Task An_empty_form_gets_localized_messages_on_its_fields()
    {
        using var client = Browser();

        var response = await StaticForms.SignInAsync(client, "", "");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page, "class=\"field-error\">Це поле обов&#x27;язкове.<").Count);
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in()
    {
        using var client = Browser();
        var response = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_member_who_opens_an_admin_page_by_its_address_gets_the_not_allowed_page()
    {
        using var client = Browser();
        await StaticForms.SignInAsync(client, Demo.Economy, Demo.Password);

        var response = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        var page = await client.GetStringAsync(response.Headers.Location);

        Assert.Contains("Недостатньо прав", page);
        Assert.DoesNotContain("admin@demo.local", page);
    }

    [Fact]
    public async Task Self_registration_is_off_by_default()
    {
        using var client = Browser();
        var page = await client.GetStringAsync("/Account/Register");
        Assert.Contains("Самостійну реєстрацію вимкнено.", page);
        Assert.DoesNotContain("Input.Password", page);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = Browser();
        await StaticForms.SignInAsync(client, Demo.Chair, Demo.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var page = await client.GetStringAsync("/Account/Manage/ChangePassword");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var signOut = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["ReturnUrl"] = "",
        }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    public static TheoryData<string> ForeignReturnAddresses =>
        ["//evil.example/", "https://evil.example/", "/\\evil.example/", "\\\\evil.example", "javascript:alert(1)", "/\t/evil.example", "http://[bad"];

    [Theory]
    [MemberData(nameof(ForeignReturnAddresses))]
    public async Task Signing_in_with_a_foreign_return_address_goes_to_the_dashboard(string returnUrl)
    {
        using var client = Browser();

        var response = await StaticForms.PostAsync(client, $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login",
            new Dictionary<string, string> { ["Input.Email"] = Demo.Economy, ["Input.Password"] = Demo.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal(client.BaseAddress!.Authority, target.Authority);
        Assert.Equal("/", target.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("/editions")]
    [InlineData("http://localhost/editions")]
    public async Task Signing_in_with_a_return_address_on_this_site_goes_there(string returnUrl)
    {
        using var client = Browser();

        var response = await StaticForms.PostAsync(client, $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login",
            new Dictionary<string, string> { ["Input.Email"] = Demo.Economy, ["Input.Password"] = Demo.Password });

        Assert.Equal("/editions", new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(ForeignReturnAddresses))]
    public async Task Signing_out_with_a_foreign_return_address_goes_home(string returnUrl)
    {
        using var client = Browser();
        await StaticForms.SignInAsync(client, Demo.Chair, Demo.Password);
        var page = await client.GetStringAsync("/Account/Manage/ChangePassword");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var signOut = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["ReturnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/", signOut.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Five_wrong_passwords_for_an_unknown_email_answer_as_for_a_real_account()
    {
        var unknown = $"{Demo.Unique("nobody")}@example.org";
        using var client = Browser();

        for (var attempt = 1; attempt < 5; attempt++)
        {
            var failed = await StaticForms.SignInAsync(client, unknown, "wrong-password");
            Assert.Contains("Неправильна електронна пошта або пароль.", await failed.Content.ReadAsStringAsync());
        }
        var fifth = await StaticForms.SignInAsync(client, unknown, "wrong-password");
        var sixth = await StaticForms.SignInAsync(client, unknown.ToUpperInvariant(), "wrong-password");

        Assert.EndsWith("/Account/Lockout", fifth.Headers.Location!.OriginalString);
        Assert.EndsWith("/Account/Lockout", sixth.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_email_costs_the_same_password_check_as_a_real_account()
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var hasher = new CountingHasher();
        var signIn = new WorkspaceSignInManager(
            services.GetRequiredService<UserManager<ApplicationUser>>(), services.GetRequiredService<IHttpContextAccessor>(),
            services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>(), services.GetRequiredService<IOptions<IdentityOptions>>(),
            services.GetRequiredService<ILogger<SignInManager<ApplicationUser>>>(), services.GetRequiredService<IAuthenticationSchemeProvider>(),
            services.GetRequiredService<IUserConfirmation<ApplicationUser>>(), hasher,
            services.GetRequiredService<UnknownAccountLockout>());

        var result = await signIn.PasswordSignInAsync($"{Demo.Unique("nobody")}@example.org", "a-guess", isPersistent: false, lockoutOnFailure: true);

        Assert.False(result.Succeeded);
        Assert.Equal(1, hasher.Verifications);
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> real = new();

        public int Verifications { get; private set; }

        public string HashPassword(ApplicationUser user, string password) => real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
