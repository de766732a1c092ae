using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using StrategyWorkspace.Features.Consultations;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// Requests per second and p99 latency of the public consultation page at 64 connections (wrk),
/// against the same bytes served as a static file by the same server.
/// </summary>
public static partial class PublicPageBenchmark
{
    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace, BenchmarkOptions options)
    {
        var consultations = workspace.Service<ConsultationService>();
        var consolidation = workspace.Service<Features.Consolidation.ConsolidationService>();
        // The consultation is on an edition of every item (the edition line merged them, unless it was left out).
        var plan = await consolidation.GetMergePlanAsync(workspace.ChairId);
        if (plan.Candidates.Count > 0)
        {
            await consolidation.MergeAsync(workspace.ChairId, plan.CurrentEdition, plan.Choose(plan.Candidates.Select(c => c.ItemId)), null);
        }
        var editions = await consolidation.ListEditionsAsync(workspace.ChairId);
        await consultations.OpenAsync(workspace.ChairId, new OpenConsultationInput
        {
            EditionNumber = editions[0].Number,
            FirstDay = DateTime.UtcNow.Date.AddDays(-1),
            LastDay = DateTime.UtcNow.Date.AddDays(30),
            Introduction = "Громадське обговорення проєкту Стратегії.",
        });
        using var http = new HttpClient();
        var page = await http.GetByteArrayAsync($"{workspace.BaseAddress}/consultation");
        await File.WriteAllBytesAsync(Path.Combine(workspace.StaticFolder, "consultation.html"), page);

        if (!File.Exists("/usr/bin/wrk"))
        {
            Console.WriteLine("  public page: wrk is not installed (apt-get install -y wrk); not measured");
            return [new Result("Public page at 64 connections", workspace.Size.Name, "not measured: wrk missing", "static file", "—", null, "≥ 0.5× static, p99 < 50 ms", null)];
        }
        var seconds = options.Quick ? 3 : 10;
        var ours = await WrkAsync($"{workspace.BaseAddress}/consultation", seconds);
        var file = await WrkAsync($"{workspace.BaseAddress}/bench-static/consultation.html", seconds);
        var ratio = ours.Rate / file.Rate;
        Console.WriteLine($"  public page ({page.Length / 1024} KB): {ours.Rate:0} req/s p99 {Timing.Ms(ours.P99)}; static {file.Rate:0} req/s p99 {Timing.Ms(file.P99)}");
        return [new Result($"Public page ({page.Length / 1024} KB) at 64 connections", workspace.Size.Name,
            $"{ours.Rate:0} req/s, p99 {Timing.Ms(ours.P99)}", "the same bytes as a static file", $"{file.Rate:0} req/s, p99 {Timing.Ms(file.P99)}",
            ratio, "≥ 0.5× static, p99 < 50 ms", ratio >= 0.5 && ours.P99 < 50)];
    }

    private sealed record Load(double Rate, double P99);

    private static async Task<Load> WrkAsync(string url, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", "-c64", $"-d{seconds}s", "--latency", url]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rate = double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = P99().Match(output);
        var value = double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture);
        var milliseconds = p99.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        return new Load(rate, milliseconds);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"99%\s+([\d.]+)(us|ms|s)")]
    private static partial Regex P99();
}
