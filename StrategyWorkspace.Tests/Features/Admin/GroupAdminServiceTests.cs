using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class GroupAdminServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private GroupAdminService Groups => app.Scoped<GroupAdminService>();

    private async Task<(string Admin, int GroupId, string Name)> CreateGroupAsync()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var name = Demo.Unique("Група");
        var id = await Groups.CreateAsync(admin, new GroupInput { Name = name, Description = "Опис" });
        return (admin, id, name);
    }

    private async Task<string> CreateAccountAsync(string admin, params string[] roles)
    {
        var issued = await app.Scoped<UserAdminService>().CreateAsync(admin, new NewAccountInput
        {
            Email = $"{Demo.Unique("m")}@example.org",
            DisplayName = Demo.Unique("Member"),
            Roles = [.. roles],
        });
        return issued.UserId;
    }

    [Fact]
    public async Task A_new_group_comes_last_in_the_document_order()
    {
        var (admin, id, name) = await CreateGroupAsync();

        var groups = await Groups.ListAsync(admin);
        var created = groups.Single(g => g.Id == id);
        Assert.Equal(name, created.Name);
        Assert.Equal(groups.Where(g => !g.IsArchived).Max(g => g.Position), created.Position);
    }

    [Theory]
    [InlineData("Економіка і екологія")]
    [InlineData("економіка і екологія")]
    [InlineData("  ЕКОНОМІКА І ЕКОЛОГІЯ  ")]
    public async Task A_name_that_exists_in_any_letter_case_is_refused(string name)
    {
        var admin = await app.UserIdAsync(Demo.Admin);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Groups.CreateAsync(admin, new GroupInput { Name = name }));

        Assert.Equal(nameof(GroupInput.Name), error.Field);
        Assert.Equal("Admin_Groups_NameTaken", error.MessageKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_name_is_refused(string name)
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Groups.CreateAsync(admin, new GroupInput { Name = name }));
        Assert.Equal(nameof(GroupInput.Name), error.Field);
    }

    [Fact]
    public async Task A_name_over_the_limit_is_refused()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = new GroupInput { Name = new string('ї', WorkingGroup.MaxNameLength + 1) };
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Groups.CreateAsync(admin, input));
        Assert.Equal(nameof(GroupInput.Name), error.Field);
    }

    [Fact]
    public async Task Renaming_keeps_the_group_and_refuses_another_groups_name()
    {
        var (admin, id, _) = await CreateGroupAsync();
        var newName = Demo.Unique("Перейменована");

        await Groups.UpdateAsync(admin, id, new GroupInput { Name = newName, Description = "Новий опис" });
        var taken = await Assert.ThrowsAsync<InvalidInputException>(
            () => Groups.UpdateAsync(admin, id, new GroupInput { Name = "Соціальна сфера і культура" }));

        var group = (await Groups.ListAsync(admin)).Single(g => g.Id == id);
        Assert.Equal(newName, group.Name);
        Assert.Equal("Новий опис", group.Description);
        Assert.Equal("Admin_Groups_NameTaken", taken.MessageKey);
    }

    [Fact]
    public async Task Renaming_a_group_to_its_own_name_in_another_case_is_allowed()
    {
        var (admin, id, name) = await CreateGroupAsync();
        await Groups.UpdateAsync(admin, id, new GroupInput { Name = name.ToUpperInvariant() });
        Assert.Equal(name.ToUpperInvariant(), (await Groups.ListAsync(admin)).Single(g => g.Id == id).Name);
    }

    [Fact]
    public async Task Adding_a_member_makes_them_a_member_with_the_member_role_and_shows_on_their_dashboard()
    {
        var (admin, id, name) = await CreateGroupAsync();
        var person = await CreateAccountAsync(admin, WorkspaceRoles.Expert);

        await Groups.AddMemberAsync(admin, id, person);

        Assert.Contains((await Groups.ListAsync(admin)).Single(g => g.Id == id).Members, m => m.UserId == person);
        Assert.DoesNotContain(await Groups.ListCandidatesAsync(admin, id), c => c.UserId == person);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = await users.GetRolesAsync((await users.FindByIdAsync(person))!);
        Assert.Contains(WorkspaceRoles.Member, roles);
        Assert.Contains(WorkspaceRoles.Expert, roles);
        var dashboard = await app.Scoped<DashboardService>().GetAsync(person);
        Assert.Equal([name], dashboard.MyGroups.Select(g => g.Name));
    }

    [Fact]
    public async Task Adding_a_member_twice_is_refused()
    {
        var (admin, id, _) = await CreateGroupAsync();
        var person = await CreateAccountAsync(admin, WorkspaceRoles.Member);
        await Groups.AddMemberAsync(admin, id, person);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Groups.AddMemberAsync(admin, id, person));
        Assert.Equal("Admin_Groups_AlreadyMember", error.MessageKey);
    }

    [Fact]
    public async Task Removing_a_member_takes_the_group_off_their_dashboard()
    {
        var (admin, id, _) = await CreateGroupAsync();
        var person = await CreateAccountAsync(admin, WorkspaceRoles.Member);
        await Groups.AddMemberAsync(admin, id, person);

        await Groups.RemoveMemberAsync(admin, id, person);

        Assert.Empty((await Groups.ListAsync(admin)).Single(g => g.Id == id).Members);
        Assert.Empty((await app.Scoped<DashboardService>().GetAsync(person)).MyGroups);
    }

    [Fact]
    public async Task An_archived_group_keeps_its_members_leaves_the_dashboard_and_takes_no_new_members()
    {
        var (admin, id, name) = await CreateGroupAsync();
        var person = await CreateAccountAsync(admin, WorkspaceRoles.Member);
        await Groups.AddMemberAsync(admin, id, person);

        await Groups.SetArchivedAsync(admin, id, true);

        var group = (await Groups.ListAsync(admin)).Single(g => g.Id == id);
        Assert.True(group.IsArchived);
        Assert.Single(group.Members);
        Assert.DoesNotContain((await app.Scoped<DashboardService>().GetAsync(admin)).Groups, g => g.Name == name);
        var other = await CreateAccountAsync(admin, WorkspaceRoles.Member);
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Groups.AddMemberAsync(admin, id, other));
        Assert.Equal("Admin_Groups_Archived", refused.MessageKey);

        await Groups.SetArchivedAsync(admin, id, false);
        Assert.Contains((await app.Scoped<DashboardService>().GetAsync(admin)).Groups, g => g.Name == name);
    }

    [Fact]
    public async Task A_disabled_account_cannot_be_added()
    {
        var (admin, id, _) = await CreateGroupAsync();
        var person = await CreateAccountAsync(admin, WorkspaceRoles.Member);
        await app.Scoped<UserAdminService>().SetDisabledAsync(admin, person, true);

        await Assert.ThrowsAsync<InvalidInputException>(() => Groups.AddMemberAsync(admin, id, person));
        Assert.DoesNotContain(await Groups.ListCandidatesAsync(admin, id), c => c.UserId == person);
    }

    [Theory]
    [InlineData(Demo.Chair)]
    [InlineData(Demo.Expert)]
    [InlineData(Demo.Economy)]
    public async Task Every_command_is_refused_to_a_non_administrator(string email)
    {
        var (admin, id, _) = await CreateGroupAsync();
        var actor = await app.UserIdAsync(email);
        var member = await app.UserIdAsync(Demo.Economy);

        await Assert.ThrowsAsync<ActionRefusedException>(() => Groups.ListAsync(actor));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Groups.ListCandidatesAsync(actor, id));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Groups.CreateAsync(actor, new GroupInput { Name = Demo.Unique("x") }));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Groups.UpdateAsync(actor, id, new GroupInput { Name = Demo.Unique("x") }));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Groups.SetArchivedAsync(actor, id, true));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Groups.AddMemberAsync(actor, id, member));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Groups.RemoveMemberAsync(actor, id, member));
        Assert.False((await Groups.ListAsync(admin)).Single(g => g.Id == id).IsArchived);
    }
}
