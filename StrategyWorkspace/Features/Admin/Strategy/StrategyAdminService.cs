using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyEntity = StrategyWorkspace.Domain.Strategy;

namespace StrategyWorkspace.Features.Admin.Strategy;

internal sealed class StrategyInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(StrategyEntity.MaxTitleLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Title { get; set; } = "";

    [Range(StrategyEntity.MinHorizon, StrategyEntity.MaxHorizon, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Horizon))]
    public int Horizon { get; set; }

    /// <summary>The token read with the strategy; a different one in the database means someone saved meanwhile.</summary>
    public Guid ConcurrencyToken { get; set; }
}

/// <summary>The strategy's title and horizon (its vision is a committee section, drafted and reviewed like the others). Reading is open to every account; editing to the administrator.</summary>
internal sealed class StrategyAdminService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate)
{
    public async Task<StrategyInput> GetForEditAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        var strategy = await db.Strategies.AsNoTracking().OrderBy(s => s.Id).FirstAsync(cancellationToken);
        return new StrategyInput
        {
            Title = strategy.Title,
            Horizon = strategy.Horizon,
            ConcurrencyToken = strategy.ConcurrencyToken,
        };
    }

    /// <summary>Saves, and returns the new concurrency token; throws <see cref="StaleDataException"/> if someone saved first.</summary>
    public async Task<Guid> UpdateAsync(string? actorId, StrategyInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        InputRules.Enforce(input);

        var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync(cancellationToken);
        // Compare against what the editor read, not what was just loaded.
        db.Entry(strategy).Property(s => s.ConcurrencyToken).OriginalValue = input.ConcurrencyToken;
        strategy.Update(input.Title, input.Horizon);
        try
        {
            await writeGate.SaveAsync(db, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleDataException("Admin_Strategy_Stale");
        }
        return strategy.ConcurrencyToken;
    }
}
