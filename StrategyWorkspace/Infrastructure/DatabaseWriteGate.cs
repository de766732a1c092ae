using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using StrategyWorkspace.Data;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// Lets write transactions into the database one at a time, in arrival order within the process.
/// SQLite takes one writer anyway (BEGIN IMMEDIATE); without this queue the others get "busy" and
/// Microsoft.Data.Sqlite retries them after sleeps, so under sixteen concurrent saves a save waited
/// over a second (docs/benchmarks.md). Queued here, each waits only for the saves before it.
/// Every command writes through <see cref="SaveAsync(WorkspaceDbContext, CancellationToken)"/>: it reads and
/// checks outside the turn, changes entities, and the gate saves them in one transaction.
/// </summary>
public sealed class DatabaseWriteGate
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Saves what the command changed on <paramref name="db"/>, in the write turn and one transaction.</summary>
    public Task SaveAsync(WorkspaceDbContext db, CancellationToken cancellationToken = default) =>
        SaveAsync(db, () => Task.FromResult(true), cancellationToken);

    /// <summary>
    /// Runs <paramref name="inTurn"/> in the write turn, then saves and commits. In the turn goes only what
    /// must be decided on the newest data, which a writer before this one may just have changed: the next
    /// number or position, "one consultation at a time", what an edition holds.
    /// </summary>
    public async Task<T> SaveAsync<T>(WorkspaceDbContext db, Func<Task<T>> inTurn, CancellationToken cancellationToken = default)
    {
        await using var transaction = await BeginAsync(db, cancellationToken);
        var result = await inTurn();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task SaveAsync(WorkspaceDbContext db, Func<Task> inTurn, CancellationToken cancellationToken = default) =>
        SaveAsync(db, async () => { await inTurn(); return true; }, cancellationToken);

    /// <summary>Waits for this process's turn to write, then begins the transaction.</summary>
    private async Task<WriteTransaction> BeginAsync(WorkspaceDbContext db, CancellationToken cancellationToken = default)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            // The whole transaction commits or rolls back: EF's savepoint around each SaveChanges
            // inside it would only add two statements to every write while the turn is held.
            db.Database.AutoSavepointsEnabled = false;
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                // PostgreSQL takes many writers, but the workspace's writes are made for SQLite's one
                // at a time (numbering, positions): a transaction-wide advisory lock gives every app
                // instance on the database that same turn, released at commit or rollback.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLocks.Writes})", cancellationToken);
            }
            return new WriteTransaction(transaction, turn);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }
}

/// <summary>A write transaction holding the process's turn; disposing it (committed or not) gives the turn to the next.</summary>
internal sealed class WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim turn) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken = default) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            turn.Release();
        }
    }
}
