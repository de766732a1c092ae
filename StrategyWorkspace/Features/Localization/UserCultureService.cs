using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Localization;

/// <summary>Keeps each person's interface language with their account, so it follows them to any browser.</summary>
internal sealed class UserCultureService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate)
{
    public static bool IsSupported(string? culture) =>
        culture is not null && WorkspaceOptions.SupportedCultures.Contains(culture);

    public async Task SavePreferenceAsync(string userId, string culture, CancellationToken cancellationToken = default)
    {
        if (!IsSupported(culture))
        {
            return;
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Only the person's own account: the id is the circuit's signed-in user, never one a page sends.
        await writeGate.SaveAsync(db, () => db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, culture), cancellationToken), cancellationToken);
    }

    public async Task<string?> GetPreferenceAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PreferredCulture).FirstOrDefaultAsync(cancellationToken);
    }
}
