using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Admin.Users;

/// <summary>The secretariat's management of accounts: create, disable, roles, passwords. Administrator only.</summary>
internal sealed class UserAdminService(
    IDbContextFactory<WorkspaceDbContext> contextFactory,
    IServiceScopeFactory scopeFactory,
    CommitteeClock clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);

        var users = await db.Users.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                Email = u.Email ?? "",
                u.DisplayName,
                u.IsDisabled,
                u.LockoutEnd,
                Groups = u.Memberships.OrderBy(m => m.WorkingGroup!.Position).Select(m => m.WorkingGroup!.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();

        return users
            .Select(u => new UserSummary(
                u.Id, u.Email, u.DisplayName,
                WorkspaceRoles.All.Where(rolesByUser[u.Id].Contains).ToList(),
                u.Groups, u.IsDisabled, u.LockoutEnd > now))
            .SortedBy(u => u.DisplayName);
    }

    /// <summary>Creates an account; without a password in the input, generates one to show once.</summary>
    public async Task<IssuedPassword> CreateAsync(string? actorId, NewAccountInput input, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(actorId, cancellationToken);
        InputRules.Enforce(input);
        var roles = CheckRoles(input.Roles);

        var password = string.IsNullOrWhiteSpace(input.Password) ? PasswordGenerator.Generate() : input.Password;
        var email = input.Email.Trim();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        ThrowOnFailure(await userManager.CreateAsync(user, password));
        ThrowOnFailure(await userManager.AddToRolesAsync(user, roles));
        return new IssuedPassword(user.Id, email, string.IsNullOrWhiteSpace(input.Password) ? password : null);
    }

    public async Task SetRolesAsync(string? actorId, string userId, IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(actorId, cancellationToken);
        var wanted = CheckRoles(roles);
        if (userId == actorId && !wanted.Contains(WorkspaceRoles.Administrator))
        {
            // Otherwise the last administrator could lock the secretariat out of the workspace.
            throw new ActionRefusedException("Admin_Users_CannotDemoteSelf");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await FindAsync(userManager, userId);
        var current = await userManager.GetRolesAsync(user);
        ThrowOnFailure(await userManager.RemoveFromRolesAsync(user, current.Except(wanted)));
        ThrowOnFailure(await userManager.AddToRolesAsync(user, wanted.Except(current)));
    }

    public async Task SetDisabledAsync(string? actorId, string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(actorId, cancellationToken);
        if (userId == actorId && disabled)
        {
            throw new ActionRefusedException("Admin_Users_CannotDisableSelf");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await FindAsync(userManager, userId);
        user.IsDisabled = disabled;
        ThrowOnFailure(await userManager.UpdateAsync(user));
        if (disabled)
        {
            // A new security stamp invalidates the person's open sessions at their next check.
            ThrowOnFailure(await userManager.UpdateSecurityStampAsync(user));
        }
        else
        {
            ThrowOnFailure(await userManager.SetLockoutEndDateAsync(user, null));
        }
    }

    /// <summary>Sets the given password, or generates a one-time password to show once.</summary>
    public async Task<IssuedPassword> ResetPasswordAsync(string? actorId, string userId, string? newPassword, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(actorId, cancellationToken);
        var password = string.IsNullOrWhiteSpace(newPassword) ? PasswordGenerator.Generate() : newPassword;

        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await FindAsync(userManager, userId);
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        ThrowOnFailure(await userManager.ResetPasswordAsync(user, token, password));
        ThrowOnFailure(await userManager.SetLockoutEndDateAsync(user, null));
        return new IssuedPassword(user.Id, user.Email ?? "", string.IsNullOrWhiteSpace(newPassword) ? password : null);
    }

    private async Task RequireAdministratorAsync(string? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
    }

    private static List<string> CheckRoles(IEnumerable<string> roles)
    {
        var list = roles.Distinct().ToList();
        if (list.Count == 0)
        {
            throw new InvalidInputException(nameof(NewAccountInput.Roles), "Admin_Users_RoleRequired");
        }
        if (list.Any(r => !WorkspaceRoles.All.Contains(r)))
        {
            throw new InvalidInputException(nameof(NewAccountInput.Roles), "Error_Invalid");
        }
        return list;
    }

    private static async Task<ApplicationUser> FindAsync(UserManager<ApplicationUser> userManager, string userId) =>
        await userManager.FindByIdAsync(userId) ?? throw new NotFoundException("Admin_Users_NotFound");

    private static void ThrowOnFailure(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }
        var error = result.Errors.First();
        var field = error.Code.StartsWith("Password", StringComparison.Ordinal)
            ? nameof(NewAccountInput.Password)
            : error.Code.Contains("Email") || error.Code.Contains("UserName")
                ? nameof(NewAccountInput.Email)
                : "";
        // The describer has already localized the text in the current culture.
        throw new InvalidInputException(field, error.Description);
    }
}
