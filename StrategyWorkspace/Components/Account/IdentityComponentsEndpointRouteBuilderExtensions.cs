using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using StrategyWorkspace.Domain;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // Sign-out must be a POST with an anti-forgery token, which an interactive page cannot send to itself.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            // Prevent open redirects; a foreign or malformed address leads home instead of failing the sign-out.
            return TypedResults.LocalRedirect(LocalUrls.IsLocal(returnUrl) ? returnUrl : "/");
        });

        return accountGroup;
    }
}
