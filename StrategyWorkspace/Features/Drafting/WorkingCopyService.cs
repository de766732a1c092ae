using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Drafting;

/// <summary>
/// What a person has typed into an item and not yet saved as a version, kept on the server by the
/// editor's autosave: one copy per person and item, with the version it is based on. Only its owner
/// reads it; a save of the version takes it away (<see cref="DraftingService.SaveVersionAsync"/>).
/// </summary>
public sealed class WorkingCopyService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock)
{
    /// <summary>A working copy holds what was typed even past the limits, up to this hard cap.</summary>
    public const int MaxWorkingCopyLength = 1_000_000;

    public async Task<WorkingCopyView?> GetAsync(string? actorId, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await db.WorkingCopies.AsNoTracking()
            .Where(c => c.ItemId == itemId && c.UserId == actor.Id)
            .Select(c => new WorkingCopyView(c.Title, c.Body, c.BaseVersionNumber, c.UpdatedAt,
                c.GoalLevel == null ? null : new GoalTraits(c.GoalLevel.Value, c.Priority, c.Condition, c.ConditionExpectedOn, c.ServesGoalId),
                c.Indicators, c.Project))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Autosave: keeps exactly what was typed, valid or not, so nothing is lost.</summary>
    public async Task SaveAsync(string? actorId, int itemId, int baseVersionNumber, string title, string body, GoalTraits? goal = null,
        IndicatorSet? indicators = null, ProjectPlan? project = null, CancellationToken cancellationToken = default)
    {
        if (title.Length + body.Length + (goal?.Condition?.Length ?? 0) + (indicators?.AsJson.Length ?? 0) + (project?.AsJson.Length ?? 0) > MaxWorkingCopyLength)
        {
            throw new InvalidInputException(nameof(DraftInput.Body), "Drafting_TooLongToKeep");
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("Items_NotFound");
        var actor = await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);

        var copy = await db.WorkingCopies.FirstOrDefaultAsync(c => c.ItemId == itemId && c.UserId == actor.Id, cancellationToken);
        if (copy is null)
        {
            copy = new WorkingCopy { ItemId = itemId, UserId = actor.Id };
            db.WorkingCopies.Add(copy);
        }
        copy.Title = title;
        copy.Body = Item.NormalizeNewLines(body);
        copy.BaseVersionNumber = baseVersionNumber;
        copy.UpdatedAt = clock.GetUtcNow();
        (copy.GoalLevel, copy.Priority, copy.Condition, copy.ConditionExpectedOn, copy.ServesGoalId) =
            (goal?.Level, goal?.Priority, goal?.Condition, goal?.ConditionExpectedOn, goal?.ServesGoalId);
        copy.Indicators = indicators ?? IndicatorSet.Empty;
        copy.Project = project ?? ProjectPlan.Empty;
        await writeGate.SaveAsync(db, cancellationToken);
    }

    public async Task DiscardAsync(string? actorId, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        await writeGate.SaveAsync(db,
            () => db.WorkingCopies.Where(c => c.ItemId == itemId && c.UserId == actor.Id).ExecuteDeleteAsync(cancellationToken),
            cancellationToken);
    }
}
