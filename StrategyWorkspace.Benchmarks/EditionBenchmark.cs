using System.Diagnostics;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// The chair merges every approved version into a new edition, then downloads it as DOCX: the two
/// waits of a chair, added. The merge happens once (a second would have nothing to merge); the
/// export is the median of repeated runs.
/// </summary>
public static class EditionBenchmark
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace, BenchmarkOptions options)
    {
        var consolidation = workspace.Service<ConsolidationService>();
        var watch = Stopwatch.StartNew();
        var plan = await consolidation.GetMergePlanAsync(workspace.ChairId);
        var edition = await consolidation.MergeAsync(workspace.ChairId, plan.CurrentEdition, plan.Choose(plan.Candidates.Select(c => c.ItemId)), "вимір");
        var merge = watch.Elapsed.TotalMilliseconds;
        var bytes = 0;
        var export = await Timing.MedianMillisecondsAsync(options.Repetitions, async () =>
            bytes = (await workspace.Service<EditionExports>().DocxAsync(workspace.ChairId, edition)).Content.Length);
        var items = (await workspace.Service<Features.Consolidation.EditionReader>().ListEditionsAsync(workspace.ChairId)).First(e => e.Number == edition).ItemCount;
        var total = merge + export;
        Console.WriteLine($"  edition of {items} items: merge {Timing.Ms(merge)} + DOCX ({bytes / 1024} KB) {Timing.Ms(export)}");
        return [new Result($"Merge an edition of {items} items and export it to DOCX", workspace.Size.Name,
            $"{Timing.Ms(total)} (merge {Timing.Ms(merge)}, DOCX {Timing.Ms(export)})", "the target", "1,000 ms",
            total / 1000, "< 1 s at M", workspace.Size.Name != "M" || total < 1000)];
    }
}
