namespace StrategyWorkspace.Benchmarks;

/// <summary>A size of the generated committee: groups × items per group × versions per item.</summary>
public sealed record Size(string Name, int Groups, int ItemsPerGroup, int VersionsPerItem, bool DatabaseFiguresOnly = false)
{
    public static readonly Size S = new("S", 1, 50, 10);
    public static readonly Size M = new("M", 5, 200, 50);
    public static readonly Size L = new("L", 20, 500, 50, DatabaseFiguresOnly: true);

    public int Items => Groups * ItemsPerGroup;

    public override string ToString() => $"{Name} ({Groups}×{ItemsPerGroup}×{VersionsPerItem})";
}

/// <summary>
/// --size S|M|L|all (all = M for everything, L for the database figures), --only diff,save,read,search,edition,monitoring,public,results,import,circuits,
/// --output FILE, --quick (fewer repetitions: a smoke test whose numbers are not judged).
/// </summary>
public sealed record BenchmarkOptions(IReadOnlyList<Size> Sizes, IReadOnlySet<string>? Only, string? OutputPath, bool Quick)
{
    /// <summary>Repetitions of a timed operation after its warm-up.</summary>
    public int Repetitions => Quick ? 3 : 15;

    public bool Runs(string part) => Only is null || Only.Contains(part);

    public static BenchmarkOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
        IReadOnlyList<Size> sizes = Value("--size", "all").ToUpperInvariant() switch
        {
            "S" => [Size.S],
            "M" => [Size.M],
            "L" => [Size.L],
            _ => [Size.M, Size.L],
        };
        var only = Value("--only", "");
        return new BenchmarkOptions(sizes,
            only.Length == 0 ? null : only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
            args.Contains("--output") ? Value("--output", "") : null,
            args.Contains("--quick"));
    }
}
