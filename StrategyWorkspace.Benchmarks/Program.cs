using StrategyWorkspace.Benchmarks;

// The benchmark suite: see docs/benchmarks.md for what each line measures and how to read it.
var options = BenchmarkOptions.Parse(args);
Console.WriteLine($"StrategyWorkspace benchmarks · sizes {string.Join(", ", options.Sizes)} · {Machine.Describe()}");
var results = new List<Result>();

if (options.Runs("diff"))
{
    results.AddRange(await DiffBenchmark.RunAsync(options));
}
foreach (var size in options.Sizes)
{
    await using var workspace = await BenchWorkspace.CreateAsync(size, serveHttp: options.Runs("public") || options.Runs("results"));
    Console.WriteLine($"[{size.Name}] {workspace.Describe()}");
    if (size.DatabaseFiguresOnly)
    {
        if (options.Runs("read"))
        {
            results.AddRange(await ReadBenchmark.RunAsync(workspace, options));
        }
        if (options.Runs("search"))
        {
            results.AddRange(await SearchBenchmark.RunAsync(workspace, options));
        }
        continue;
    }
    if (options.Runs("save"))
    {
        results.AddRange(await SaveBenchmark.RunAsync(workspace, options));
    }
    if (options.Runs("read"))
    {
        results.AddRange(await ReadBenchmark.RunAsync(workspace, options));
    }
    if (options.Runs("search"))
    {
        results.AddRange(await SearchBenchmark.RunAsync(workspace, options));
    }
    // Monitoring loads values into the edition the edition line merged, and the public results show them: asking for either runs
    // the lines it stands on first.
    if (options.Runs("edition") || options.Runs("monitoring") || options.Runs("results"))
    {
        results.AddRange(await EditionBenchmark.RunAsync(workspace, options));
    }
    if (options.Runs("monitoring") || options.Runs("results"))
    {
        results.AddRange(await MonitoringBenchmark.RunAsync(workspace));
    }
    if (options.Runs("results"))
    {
        results.AddRange(await PublicPageBenchmark.RunResultsAsync(workspace, options));
    }
    if (options.Runs("public"))
    {
        results.AddRange(await PublicPageBenchmark.RunAsync(workspace, options));
    }
    // Last: the import adds its groups and an edition beside what the other lines measured.
    if (options.Runs("import"))
    {
        results.AddRange(await ImportBenchmark.RunAsync(workspace));
    }
}
if (options.Runs("circuits"))
{
    results.AddRange(await CircuitBenchmark.RunAsync(options));
}

var table = Report.Table(results);
Console.WriteLine();
Console.WriteLine(table);
if (options.OutputPath is { } output)
{
    await File.WriteAllTextAsync(output, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine.Describe()}.\n\n{table}");
    Console.WriteLine($"Table written to {output}");
}
