using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class UserAdminServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private UserAdminService Accounts => app.Scoped<UserAdminService>();

    private static NewAccountInput NewAccount(string? password = null, params string[] roles) => new()
    {
        Email = $"{Demo.Unique("person")}@example.org",
        DisplayName = "Марія Петренко",
        Password = password,
        Roles = roles.Length == 0 ? [WorkspaceRoles.Member] : [.. roles],
    };

    [Fact]
    public async Task Creating_an_account_without_a_password_issues_a_one_time_password_that_signs_in()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = NewAccount(null, WorkspaceRoles.Expert);

        var issued = await Accounts.CreateAsync(admin, input);

        Assert.NotNull(issued.OneTimePassword);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(input.Email);
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, issued.OneTimePassword));
        Assert.Equal(["Expert"], await users.GetRolesAsync(user));
        Assert.Equal("Марія Петренко", user.DisplayName);
    }

    [Fact]
    public async Task Creating_an_account_with_a_chosen_password_does_not_show_it_again()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var issued = await Accounts.CreateAsync(admin, NewAccount("Strong-Pass-2026"));
        Assert.Null(issued.OneTimePassword);
    }

    [Fact]
    public async Task A_taken_email_is_refused_on_the_email_field()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = NewAccount();
        input.Email = Demo.Economy;

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Accounts.CreateAsync(admin, input));

        Assert.Equal(nameof(NewAccountInput.Email), error.Field);
    }

    [Fact]
    public async Task A_weak_password_is_refused_on_the_password_field_and_nothing_is_saved()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = NewAccount("weak");

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Accounts.CreateAsync(admin, input));

        Assert.Equal(nameof(NewAccountInput.Password), error.Field);
        Assert.DoesNotContain(await Accounts.ListAsync(admin), u => u.Email == input.Email);
    }

    [Theory]
    [InlineData("", "Марія", nameof(NewAccountInput.Email))]
    [InlineData("not-an-email", "Марія", nameof(NewAccountInput.Email))]
    [InlineData("x@example.org", "", nameof(NewAccountInput.DisplayName))]
    [InlineData("x@example.org", "   ", nameof(NewAccountInput.DisplayName))]
    public async Task Empty_or_malformed_input_is_refused_on_its_field(string email, string name, string field)
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = NewAccount();
        input.Email = email;
        input.DisplayName = name;

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Accounts.CreateAsync(admin, input));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task A_display_name_over_the_limit_is_refused()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = NewAccount();
        input.DisplayName = new string('я', ApplicationUser.MaxDisplayNameLength + 1);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Accounts.CreateAsync(admin, input));
        Assert.Equal(nameof(NewAccountInput.DisplayName), error.Field);
    }

    [Fact]
    public async Task An_account_needs_at_least_one_role()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = NewAccount();
        input.Roles.Clear();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Accounts.CreateAsync(admin, input));
        Assert.Equal(nameof(NewAccountInput.Roles), error.Field);
    }

    [Theory]
    [InlineData(Demo.Chair)]
    [InlineData(Demo.Expert)]
    [InlineData(Demo.Economy)]
    public async Task Every_command_is_refused_to_a_non_administrator(string email)
    {
        var actor = await app.UserIdAsync(email);
        var target = await app.UserIdAsync(Demo.Social);

        await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.ListAsync(actor));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.CreateAsync(actor, NewAccount()));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.SetRolesAsync(actor, target, [WorkspaceRoles.Administrator]));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.SetDisabledAsync(actor, target, true));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.ResetPasswordAsync(actor, target, null));
    }

    [Fact]
    public async Task An_anonymous_caller_is_refused()
    {
        await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.ListAsync(null));
    }

    [Fact]
    public async Task Disabling_an_account_blocks_its_sign_in_and_ends_its_sessions()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var issued = await Accounts.CreateAsync(admin, NewAccount("Strong-Pass-2026"));
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stampBefore = (await users.FindByIdAsync(issued.UserId))!.SecurityStamp;

        await Accounts.SetDisabledAsync(admin, issued.UserId, true);

        using var after = app.Services.CreateScope();
        var user = await after.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(issued.UserId);
        Assert.True(user!.IsDisabled);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        Assert.Contains(await Accounts.ListAsync(admin), u => u.Id == issued.UserId && u.IsDisabled);
        // A disabled person cannot act either, whatever their roles.
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<StrategyWorkspace.Features.Dashboard.DashboardService>().GetAsync(issued.UserId));

        await Accounts.SetDisabledAsync(admin, issued.UserId, false);
        Assert.Contains(await Accounts.ListAsync(admin), u => u.Id == issued.UserId && !u.IsDisabled);
    }

    [Fact]
    public async Task The_administrator_cannot_disable_or_demote_themselves()
    {
        var admin = await app.UserIdAsync(Demo.Admin);

        var disable = await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.SetDisabledAsync(admin, admin, true));
        var demote = await Assert.ThrowsAsync<ActionRefusedException>(() => Accounts.SetRolesAsync(admin, admin, [WorkspaceRoles.Chair]));

        Assert.Equal("Admin_Users_CannotDisableSelf", disable.MessageKey);
        Assert.Equal("Admin_Users_CannotDemoteSelf", demote.MessageKey);
    }

    [Fact]
    public async Task Setting_roles_replaces_the_previous_roles()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var issued = await Accounts.CreateAsync(admin, NewAccount(null, WorkspaceRoles.Member));

        await Accounts.SetRolesAsync(admin, issued.UserId, [WorkspaceRoles.Chair, WorkspaceRoles.Expert]);

        var account = (await Accounts.ListAsync(admin)).Single(u => u.Id == issued.UserId);
        Assert.Equal([WorkspaceRoles.Chair, WorkspaceRoles.Expert], account.Roles);
    }

    [Fact]
    public async Task Resetting_a_password_issues_a_new_one_and_unlocks_the_account()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var issued = await Accounts.CreateAsync(admin, NewAccount("Strong-Pass-2026"));
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByIdAsync(issued.UserId);
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddHours(1));
        }
        Assert.Contains(await Accounts.ListAsync(admin), u => u.Id == issued.UserId && u.IsLockedOut);

        var reset = await Accounts.ResetPasswordAsync(admin, issued.UserId, null);

        using var check = app.Services.CreateScope();
        var manager = check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var reloaded = await manager.FindByIdAsync(issued.UserId);
        Assert.True(await manager.CheckPasswordAsync(reloaded!, reset.OneTimePassword!));
        Assert.False(await manager.CheckPasswordAsync(reloaded!, "Strong-Pass-2026"));
        Assert.Contains(await Accounts.ListAsync(admin), u => u.Id == issued.UserId && !u.IsLockedOut);
    }

    [Fact]
    public async Task Generated_passwords_meet_the_password_rules()
    {
        for (var i = 0; i < 50; i++)
        {
            var password = PasswordGenerator.Generate();
            Assert.Equal(14, password.Length);
            Assert.Contains(password, char.IsUpper);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, c => !char.IsLetterOrDigit(c));
        }
    }
}

public sealed class NameOrderTests
{
    [Fact]
    public void Names_sort_in_Ukrainian_alphabetical_order()
    {
        string[] names = ["Ірина", "Андрій", "Єва", "Ґанна", "Ігор", "Їжак", "Богдан", "Гліб"];
        Assert.Equal(
            ["Андрій", "Богдан", "Гліб", "Ґанна", "Єва", "Ігор", "Ірина", "Їжак"],
            names.SortedBy(n => n));
    }
}
