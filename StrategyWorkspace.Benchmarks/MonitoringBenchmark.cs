using System.Diagnostics;
using System.Text;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Monitoring;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// After the edition line, the council adopts the edition it merged, and a member of every group loads a file of values: at size M
/// 50,000 rows (the size's indicators over their periods, and past the last of them rows that repeat one, as files do, refused as
/// duplicates), previewed row by row and then written, against the target of 5 seconds. Once: a second load would change nothing.
/// </summary>
public static class MonitoringBenchmark
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace)
    {
        var newest = (await workspace.Service<EditionReader>().ListEditionsAsync(workspace.ChairId))[0].Number;
        await workspace.Service<ConsolidationService>().AdoptAsync(workspace.ChairId, newest, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), "вимір");
        var monitoring = workspace.Service<MonitoringService>();
        var board = await monitoring.GetBoardAsync(workspace.MemberId);
        var cells = board.Groups.SelectMany(g => g.Items).SelectMany(i => i.Indicators)
            .SelectMany(indicator => indicator.Periods(board.Horizon).Select(period => (indicator.Code, period))).ToList();
        if (cells.Count == 0)
        {
            Console.WriteLine("  no indicators in the adopted edition: the monitoring line needs the edition line's plan");
            return [];
        }
        var rowCount = workspace.Size.Name == "M" ? ValueFile.MaxRows : 5_000;
        var file = new StringBuilder("Код;Період;Значення\n");
        for (var i = 0; i < rowCount; i++)
        {
            var (code, period) = cells[i % cells.Count];
            file.Append(code).Append(';').Append(period.Year).Append(period.IsWholeYear ? "" : $"-{period.Half}").Append(';').Append(i % 997).Append(",5\n");
        }
        var bytes = Encoding.UTF8.GetBytes(file.ToString());

        var watch = Stopwatch.StartNew();
        var preview = await monitoring.PreviewImportAsync(workspace.MemberId, "values.csv", bytes);
        var previewed = watch.Elapsed.TotalMilliseconds;
        var written = await monitoring.ApplyImportAsync(workspace.MemberId, preview);
        var total = watch.Elapsed.TotalMilliseconds;
        var refused = preview.Count(ImportOutcome.Refused);
        Console.WriteLine($"  a file of {rowCount} values ({bytes.Length / 1024} KB): {written} written, {refused} refused; preview {Timing.Ms(previewed)} + write {Timing.Ms(total - previewed)}");
        return
        [
            new Result($"Load a file of {rowCount:N0} values ({written:N0} written, {refused:N0} refused as repeated)", workspace.Size.Name,
                $"{Timing.Ms(total)} (preview {Timing.Ms(previewed)}, write {Timing.Ms(total - previewed)})", "the target", "5,000 ms",
                total / 5000, "< 5 s at M", workspace.Size.Name != "M" || total < 5000),
        ];
    }
}
