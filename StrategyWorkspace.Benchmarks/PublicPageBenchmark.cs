using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using StrategyWorkspace.Features.Consultations;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// Requests per second and p99 latency of the public pages at 64 connections (wrk, asking for compression as browsers do), against
/// the same bytes served as a static file by the same server: the consultation's, and the adopted strategy's results with their
/// open data.
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
        var editions = await workspace.Service<Features.Consolidation.EditionReader>().ListEditionsAsync(workspace.ChairId);
        await consultations.OpenAsync(workspace.ChairId, new OpenConsultationInput
        {
            EditionNumber = editions[0].Number,
            FirstDay = DateTime.UtcNow.Date.AddDays(-1),
            LastDay = DateTime.UtcNow.Date.AddDays(30),
            Introduction = "Громадське обговорення проєкту Стратегії.",
        });
        if (!File.Exists("/usr/bin/wrk"))
        {
            Console.WriteLine("  public page: wrk is not installed (apt-get install -y wrk); not measured");
            return [new Result("Public page at 64 connections", workspace.Size.Name, "not measured: wrk missing", "static file", "—", null, "≥ 0.5× static, p99 < 50 ms", null)];
        }
        // The first page (introduction, vision, contents) and the first section's page (its items'
        // text with the proposals on them): what a visitor opens first, and the heaviest one they open next.
        return
        [
            await MeasureAsync(workspace, options, "/consultation", "Public page, first", "first.html"),
            await MeasureAsync(workspace, options, "/consultation/sections/1", "Public page, a section", "section.html"),
        ];
    }

    /// <summary>
    /// The results of the edition the monitoring line adopted and loaded values into: the overview, the first group's page (its
    /// indicators' charts and tables), and the values as open data.
    /// </summary>
    public static async Task<IReadOnlyList<Result>> RunResultsAsync(BenchWorkspace workspace, BenchmarkOptions options)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            Console.WriteLine("  public results: wrk is not installed (apt-get install -y wrk); not measured");
            return [new Result("Public results at 64 connections", workspace.Size.Name, "not measured: wrk missing", "static file", "—", null, "≥ 0.5× static, p99 < 50 ms", null)];
        }
        return
        [
            await MeasureAsync(workspace, options, "/results", "Public results, overview", "results.html"),
            await MeasureAsync(workspace, options, "/results/groups/1", "Public results, a group", "results-group.html"),
            await MeasureAsync(workspace, options, "/results/data/values.csv", "Open data, values CSV", "values.csv"),
        ];
    }

    private static async Task<Result> MeasureAsync(BenchWorkspace workspace, BenchmarkOptions options, string path, string line, string fileName)
    {
        // As a browser asks for it: compressed. The bytes are kept as they came, still compressed.
        using var http = new HttpClient();
        http.DefaultRequestHeaders.AcceptEncoding.ParseAdd(AcceptEncoding);
        var response = await http.GetAsync($"{workspace.BaseAddress}{path}");
        if (!response.Content.Headers.ContentEncoding.Contains("br"))
        {
            throw new InvalidOperationException($"{path} was not compressed.");
        }
        var page = await response.Content.ReadAsByteArrayAsync();
        await File.WriteAllBytesAsync(Path.Combine(workspace.StaticFolder, fileName), page);
        var html = await new HttpClient().GetByteArrayAsync($"{workspace.BaseAddress}{path}");
        var seconds = options.Quick ? 3 : 10;
        var ours = await WrkAsync($"{workspace.BaseAddress}{path}", seconds);
        var file = await WrkAsync($"{workspace.BaseAddress}/bench-static/{fileName}", seconds);
        var ratio = ours.Rate / file.Rate;
        var size = $"{html.Length / 1024} KB, {page.Length / 1024} KB sent";
        Console.WriteLine($"  {path} ({size}): {ours.Rate:0} req/s p99 {Timing.Ms(ours.P99)}; static {file.Rate:0} req/s p99 {Timing.Ms(file.P99)}");
        return new Result($"{line} ({size}) at 64 connections", workspace.Size.Name,
            $"{ours.Rate:0} req/s, p99 {Timing.Ms(ours.P99)}", "the same bytes as a static file", $"{file.Rate:0} req/s, p99 {Timing.Ms(file.P99)}",
            ratio, "≥ 0.5× static, p99 < 50 ms", ratio >= 0.5 && ours.P99 < 50);
    }

    /// <summary>What Chromium and Firefox send.</summary>
    private const string AcceptEncoding = "gzip, deflate, br, zstd";

    private sealed record Load(double Rate, double P99);

    private static async Task<Load> WrkAsync(string url, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", "-c64", $"-d{seconds}s", "--latency", "-H", $"Accept-Encoding: {AcceptEncoding}", url]) { RedirectStandardOutput = true, UseShellExecute = false };
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
