namespace StrategyWorkspace.Benchmarks;

/// <summary>Memory per signed-in circuit and keystroke-to-preview latency: not measured yet (see docs/benchmarks.md).</summary>
public static class CircuitBenchmark
{
    public static Task<IReadOnlyList<Result>> RunAsync(BenchmarkOptions options) => Task.FromResult<IReadOnlyList<Result>>(
    [
        new Result("Memory per circuit, item editor, 100 pages", "—", "not measured yet", "dotnet new blazor template", "—", null, "≤ 1.5× template", null),
        new Result("Keystroke to preview, p95, 20 pages typing", "—", "not measured yet", "—", "—", null, "< 100 ms", null),
    ]);
}
