using System.Diagnostics;
using System.Text;

namespace StrategyWorkspace.Benchmarks;

/// <summary>One line of the table: our figure, the peer's figure in the same run, their ratio and the target.</summary>
public sealed record Result(string Line, string Size, string Ours, string Peer, string PeerFigure, double? Ratio, string Target, bool? Met);

public static class Report
{
    public static string Table(IEnumerable<Result> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| line | size | ours | peer | peer's figure | ratio | target | met |");
        table.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var met = r.Met switch { true => "yes", false => "**no**", null => "—" };
            table.AppendLine($"| {r.Line} | {r.Size} | {r.Ours} | {r.Peer} | {r.PeerFigure} | {(r.Ratio is { } ratio ? $"{ratio:0.00}×" : "—")} | {r.Target} | {met} |");
        }
        return table.ToString();
    }
}

/// <summary>Timing helpers: medians and percentiles over repeated runs after a warm-up.</summary>
public static class Timing
{
    public static async Task<double> MedianMillisecondsAsync(int repetitions, Func<Task> operation)
    {
        await operation(); // warm-up: JIT, query compilation, page cache
        var times = new List<double>(repetitions);
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return Percentile(times, 50);
    }

    public static double Percentile(IReadOnlyCollection<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static string Ms(double milliseconds) => milliseconds < 10 ? $"{milliseconds:0.00} ms" : $"{milliseconds:0.0} ms";
}

public static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}, {Environment.OSVersion}, .NET {Environment.Version}";
    }
}
