using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// The chair merges every approved version — the items and the implementation plan's projects and indicators
/// (<see cref="BenchWorkspace.AddPlanAsync"/>) — into a new edition, then downloads it as DOCX and the plan as XLSX: the waits of a
/// chair, added. The merge happens once (a second would have nothing to merge); the exports are medians of repeated runs. Then the
/// plan's query as the XLSX download makes it (<see cref="EditionReader.GetPlanDocumentAsync"/>) against hand-written SQL of the same
/// rows, with the time <see cref="ImplementationPlan"/> then takes to build the table shown beside it.
/// </summary>
public static class EditionBenchmark
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace, BenchmarkOptions options)
    {
        var (projects, indicators) = await workspace.AddPlanAsync();
        var consolidation = workspace.Service<ConsolidationService>();
        var exports = workspace.Service<EditionExports>();
        // The merge screen's read comes before the chair's click and is the read line's (ReadBenchmark); it is shown, not added.
        var watch = Stopwatch.StartNew();
        var plan = await consolidation.GetMergePlanAsync(workspace.ChairId);
        var screen = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var edition = await consolidation.MergeAsync(workspace.ChairId, plan.CurrentEdition, plan.Choose(plan.Candidates.Select(c => c.ItemId)), "вимір");
        var merge = watch.Elapsed.TotalMilliseconds;
        var (docxBytes, xlsxBytes) = (0, 0);
        var docx = await Timing.MedianMillisecondsAsync(options.Repetitions, async () =>
            docxBytes = (await exports.DocxAsync(workspace.ChairId, edition)).Content.Length);
        var xlsx = await Timing.MedianMillisecondsAsync(options.Repetitions, async () =>
            xlsxBytes = (await exports.PlanXlsxAsync(workspace.ChairId, edition)).Content.Length);
        var items = (await workspace.Service<EditionReader>().ListEditionsAsync(workspace.ChairId)).First(e => e.Number == edition).ItemCount;
        var total = merge + docx + xlsx;
        Console.WriteLine($"  edition of {items} items ({projects} projects, {indicators} indicators): merge {Timing.Ms(merge)} (its screen {Timing.Ms(screen)}) + DOCX ({docxBytes / 1024} KB) " +
                          $"{Timing.Ms(docx)} + XLSX ({xlsxBytes / 1024} KB) {Timing.Ms(xlsx)}");
        var results = new List<Result>
        {
            new($"Merge an edition of {items} items ({projects} projects, {indicators} indicators), export DOCX and the plan's XLSX", workspace.Size.Name,
                $"{Timing.Ms(total)} (merge {Timing.Ms(merge)}, DOCX {Timing.Ms(docx)}, XLSX {Timing.Ms(xlsx)}; the merge screen's read before it {Timing.Ms(screen)})", "the target", "1,500 ms",
                total / 1500, "< 1.5 s at M", workspace.Size.Name != "M" || total < 1500),
        };

        // The plan's query (as the XLSX download reads it) against the SQL; the table built from what it read is shown beside it.
        var reader = workspace.Service<EditionReader>();
        var localizer = workspace.Service<IStringLocalizer<SharedResource>>();
        EditionDocument? planDocument = null;
        var ours = await Timing.MedianMillisecondsAsync(options.Repetitions, async () =>
            planDocument = await reader.GetPlanDocumentAsync(workspace.ChairId, edition));
        var lines = 0;
        var table = await Timing.MedianMillisecondsAsync(options.Repetitions, () =>
        {
            lines = ImplementationPlan.Of(planDocument!, localizer).Lines.Count;
            return Task.CompletedTask;
        });
        var rows = 0;
        var sql = await Timing.MedianMillisecondsAsync(options.Repetitions, async () => rows = await PlanRowsBySqlAsync(workspace, edition));
        Console.WriteLine($"  plan ({rows} rows): its query {Timing.Ms(ours)}, SQL {Timing.Ms(sql)}; its table of {lines} lines built in {Timing.Ms(table)}");
        results.Add(new Result($"The plan's query of an edition ({projects} projects)", workspace.Size.Name,
            $"{Timing.Ms(ours)} (its table of {lines} lines then built in {Timing.Ms(table)})", "hand-written SQL",
            Timing.Ms(sql), ours / sql, "≤ 1.5× SQL", ours / sql <= 1.5));
        return results;
    }

    /// <summary>What the plan is made of, read by hand: the edition's goals, tasks and projects with their versions' plans and indicators, and their links.</summary>
    private static async Task<int> PlanRowsBySqlAsync(BenchWorkspace workspace, int edition)
    {
        await using var connection = new SqliteConnection(workspace.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT e.ItemId, e.Kind, e.Position, e.GroupPosition, e.GroupName, v.Title, v.Project, v.Indicators, " +
            "(SELECT group_concat(l.ToItemId) FROM EditionLinks l WHERE l.EditionId = e.EditionId AND l.FromItemId = e.ItemId) " +
            "FROM EditionEntries e JOIN ItemVersions v ON v.ItemId = e.ItemId AND v.Number = e.VersionNumber " +
            "WHERE e.EditionId = (SELECT Id FROM Editions WHERE Number = $n) AND e.Kind IN (3, 4, 5) ORDER BY e.GroupPosition, e.Kind, e.Position";
        command.Parameters.AddWithValue("$n", edition);
        var rows = new List<(int, int, int, int, string, string, string, string, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return rows.Count;
    }
}
