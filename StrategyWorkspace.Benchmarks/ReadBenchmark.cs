using Microsoft.Data.Sqlite;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// Reading: the approved version of every item (the chair's merge screen reads exactly that) and
/// a group page, each against the same result from hand-written SQL on Microsoft.Data.Sqlite.
/// </summary>
public static class ReadBenchmark
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace, BenchmarkOptions options)
    {
        var results = new List<Result>();
        var consolidation = workspace.Service<ConsolidationService>();
        var candidates = 0;
        var ours = await Timing.MedianMillisecondsAsync(options.Repetitions, async () =>
            candidates = (await consolidation.GetMergePlanAsync(workspace.ChairId)).Candidates.Count);
        var rows = 0;
        var sql = await Timing.MedianMillisecondsAsync(options.Repetitions, async () => rows = await ApprovedBySqlAsync(workspace));
        results.Add(Line($"Read the approved version of every item ({rows})", workspace, ours, sql));
        Console.WriteLine($"  approved versions ({candidates}/{rows}): ours {Timing.Ms(ours)}, SQL {Timing.Ms(sql)}");

        if (!workspace.Size.DatabaseFiguresOnly || workspace.Size.Name == "L")
        {
            var drafting = workspace.Service<DraftingService>();
            var group = workspace.GroupIds[0];
            var page = await Timing.MedianMillisecondsAsync(options.Repetitions, () => drafting.GetGroupItemsAsync(workspace.MemberId, group));
            var pageSql = await Timing.MedianMillisecondsAsync(options.Repetitions, () => GroupPageBySqlAsync(workspace, group));
            results.Add(Line($"Group page ({workspace.Size.ItemsPerGroup} items)", workspace, page, pageSql));
            Console.WriteLine($"  group page: ours {Timing.Ms(page)}, SQL {Timing.Ms(pageSql)}");
        }
        return results;
    }

    private static Result Line(string line, BenchWorkspace workspace, double ours, double sql)
    {
        var ratio = ours / sql;
        var underTwenty = workspace.Size.Name != "M" || ours < 20;
        return new Result(line, workspace.Size.Name, Timing.Ms(ours), "hand-written SQL", Timing.Ms(sql), ratio,
            workspace.Size.Name == "M" ? "≤ 1.5× SQL, < 20 ms" : "≤ 1.5× SQL", ratio <= 1.5 && underTwenty);
    }

    private static async Task<int> ApprovedBySqlAsync(BenchWorkspace workspace)
    {
        await using var connection = new SqliteConnection(workspace.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT i.Id, i.WorkingGroupId, g.Position, g.Name, i.Kind, i.Position, v.Number, v.Title, v.Body " +
            "FROM Items i JOIN ItemVersions v ON v.ItemId = i.Id AND v.Number = i.ApprovedVersionNumber " +
            "JOIN WorkingGroups g ON g.Id = i.WorkingGroupId";
        var rows = new List<(int, int, int, string, int, int, int, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetString(7), reader.GetString(8)));
        }
        return rows.Count;
    }

    private static async Task GroupPageBySqlAsync(BenchWorkspace workspace, int group)
    {
        await using var connection = new SqliteConnection(workspace.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT i.Id, i.Kind, i.Position, v.Title, i.LatestVersionNumber, v.State, u.DisplayName, v.CreatedAt " +
            "FROM Items i JOIN ItemVersions v ON v.ItemId = i.Id AND v.Number = i.LatestVersionNumber " +
            "JOIN AspNetUsers u ON u.Id = v.AuthorId WHERE i.WorkingGroupId = $g ORDER BY i.Kind, i.Position";
        command.Parameters.AddWithValue("$g", group);
        var rows = new List<(int, int, int, string, int, int, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetString(6), reader.GetInt64(7)));
        }
    }
}
