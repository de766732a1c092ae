using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Components.Account;

/// <summary>
/// A disabled account keeps its history but cannot sign in; and a sign-in with an e-mail that has no
/// account answers as one with a wrong password does, in time and in lockout.
/// </summary>
internal sealed class WorkspaceSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IPasswordHasher<ApplicationUser> passwordHasher,
    UnknownAccountLockout unknownAccounts)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly ApplicationUser Nobody = new();
    private static string? nobodysHash;

    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }
        // A locked real account answers before its password is checked; so does this.
        if (unknownAccounts.IsLockedOut(userName))
        {
            return SignInResult.LockedOut;
        }
        // The same hashing a real account's check does, so the answer takes as long.
        nobodysHash ??= passwordHasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        passwordHasher.VerifyHashedPassword(Nobody, nobodysHash, password);
        return lockoutOnFailure && unknownAccounts.CountFailure(userName) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}
