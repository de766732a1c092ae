using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace StrategyWorkspace.Features.Shared;

/// <summary>The signed-in person of this circuit, as the services need them: an id to check rights against.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider)
{
    public async Task<string?> GetIdAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(ClaimTypes.NameIdentifier);
    }
}
