using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Infrastructure;

/// <summary>The signed-in person of this circuit, as the services need them: an id to check rights against.</summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider, IServiceProvider services)
{
    public async Task<string?> GetIdAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(ClaimTypes.NameIdentifier);
    }

    /// <summary>The name others see next to this person's work and presence.</summary>
    public async Task<string> GetDisplayNameAsync()
    {
        var id = await GetIdAsync();
        var contextFactory = services.GetService<IDbContextFactory<WorkspaceDbContext>>();
        if (id is null || contextFactory is null)
        {
            return "";
        }
        await using var db = await contextFactory.CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "";
    }
}
