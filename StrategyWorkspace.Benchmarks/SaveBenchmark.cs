using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// Versions per second through the app's own save path (DraftingService.SaveVersionAsync: rights,
/// BEGIN IMMEDIATE, append, activity entry, working copy cleared, notification) with 1 and 16 writers,
/// against raw Microsoft.Data.Sqlite writing the same rows (the version and the item's number).
/// </summary>
public static class SaveBenchmark
{
    private static readonly DateTimeOffsetToBinaryConverter Dates = new();

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace, BenchmarkOptions options)
    {
        var results = new List<Result>();
        var savesPerWriter = options.Quick ? 10 : 40;
        // Warm-up: the first saves compile EF's queries and JIT the save path; they are not measured.
        await RunWritersAsync(2, 3, workspace, OursAsync);
        await RunWritersAsync(2, 3, workspace, RawAsync);
        foreach (var writers in new[] { 1, 16 })
        {
            // Each writer saves on its own items, as members of different groups do.
            var ours = await RunWritersAsync(writers, savesPerWriter, workspace, OursAsync);
            var raw = await RunWritersAsync(writers, savesPerWriter, workspace, RawAsync);
            var ratio = ours.Rate / raw.Rate;
            var met = ratio >= 0.5 && ours.Locked == 0 && ours.P99 < 50;
            results.Add(new Result($"Save versions, {writers} writer{(writers > 1 ? "s" : "")}", workspace.Size.Name,
                $"{ours.Rate:0} /s, p99 {Timing.Ms(ours.P99)}, locked {ours.Locked}", "raw Microsoft.Data.Sqlite",
                $"{raw.Rate:0} /s, p99 {Timing.Ms(raw.P99)}, locked {raw.Locked}", ratio, "≥ 0.5× raw, 0 locked, p99 < 50 ms", met));
            Console.WriteLine($"  save ×{writers}: ours {ours.Rate:0}/s p99 {ours.P99:0.0} ms locked {ours.Locked}; raw {raw.Rate:0}/s p99 {raw.P99:0.0} ms");
        }
        return results;
    }

    private sealed record Run(double Rate, double P99, int Locked);

    private static async Task<Run> RunWritersAsync(int writers, int savesPerWriter, BenchWorkspace workspace,
        Func<BenchWorkspace, int, int, Task> save)
    {
        var latencies = new ConcurrentBag<double>();
        var locked = 0;
        var items = workspace.ItemIds;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            // Each writer keeps to its own items: two saves on one item at once would be a merge, not a save.
            var mine = items.Where((_, index) => index % writers == writer).ToList();
            for (var n = 0; n < savesPerWriter; n++)
            {
                var itemId = mine[n % mine.Count];
                var one = Stopwatch.StartNew();
                try
                {
                    await save(workspace, itemId, n);
                }
                catch (Exception e) when (e.GetBaseException() is SqliteException { SqliteErrorCode: 5 or 6 })
                {
                    Interlocked.Increment(ref locked);
                }
                latencies.Add(one.Elapsed.TotalMilliseconds);
            }
        })));
        var total = writers * savesPerWriter;
        return new Run(total / watch.Elapsed.TotalSeconds, Timing.Percentile(latencies, 99), locked);
    }

    private static async Task OursAsync(BenchWorkspace workspace, int itemId, int n)
    {
        // What the editor holds when Save is pressed: the newest version's number and text.
        await using var db = await workspace.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var item = await (
                from i in db.Items
                where i.Id == itemId
                join v in db.ItemVersions on new { ItemId = i.Id, Number = i.LatestVersionNumber } equals new { v.ItemId, v.Number }
                select new { Latest = i.LatestVersionNumber, v.Title, v.Body })
            .FirstAsync();
        var outcome = await workspace.Service<DraftingService>().SaveVersionAsync(workspace.MemberId, itemId, item.Latest,
            new DraftInput { Title = item.Title, Body = $"{item.Body}\n\nЗбереження {n} о {DateTime.UtcNow:O}.", ChangeNote = "вимір" });
        if (outcome is not SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"Save on item {itemId} did not make a version: {outcome}");
        }
    }

    private static async Task RawAsync(BenchWorkspace workspace, int itemId, int n)
    {
        await using var connection = new SqliteConnection(workspace.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(); // BEGIN IMMEDIATE, as ours
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT i.LatestVersionNumber, v.Title, v.Body FROM Items i JOIN ItemVersions v ON v.ItemId = i.Id AND v.Number = i.LatestVersionNumber WHERE i.Id = $i";
        read.Parameters.AddWithValue("$i", itemId);
        int latest;
        string title, body;
        await using (var reader = await read.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (latest, title, body) = (reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
        }
        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText =
            "INSERT INTO ItemVersions (ItemId, Number, Title, Body, BasedOnNumber, AuthorId, ChangeNote, CreatedAt, State, StateToken) " +
            "VALUES ($i, $n, $t, $b, $base, $a, 'вимір', $at, $s, $token); UPDATE Items SET LatestVersionNumber = $n WHERE Id = $i;";
        write.Parameters.AddWithValue("$i", itemId);
        write.Parameters.AddWithValue("$n", latest + 1);
        write.Parameters.AddWithValue("$t", title);
        write.Parameters.AddWithValue("$b", $"{body}\n\nЗбереження {n} о {DateTime.UtcNow:O}.");
        write.Parameters.AddWithValue("$base", latest);
        write.Parameters.AddWithValue("$a", workspace.MemberId);
        write.Parameters.AddWithValue("$at", Dates.ConvertToProvider(DateTimeOffset.UtcNow)!);
        write.Parameters.AddWithValue("$s", (int)RevisionState.Draft);
        write.Parameters.AddWithValue("$token", Guid.NewGuid().ToString().ToUpperInvariant());
        await write.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
