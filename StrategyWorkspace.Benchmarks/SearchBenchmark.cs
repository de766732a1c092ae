using System.Diagnostics;
using Microsoft.Data.Sqlite;
using StrategyWorkspace.Features.Search;

namespace StrategyWorkspace.Benchmarks;

/// <summary>
/// Search as the app bar's box does it (<see cref="SearchService"/>: rights, the index's best versions, the thirty items they make,
/// comments and proposals, marked words) for what people look for — a subject's word, the start of one, a subject with a place —
/// against hand-written queries on the same FTS5 index that return the same results page. The p95 over every query's runs is the
/// figure. A word in every text (the seed's "розвитку") is its own line: there the index ranks every version of the strategy.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Queries =
    [
        "розмінування", "водопостачання", "телемедицина", "переселенці", "бібліотеки", "зрошення",
        "розмін", "енергоефектив", "шахтні води", "громадський бюджет",
        "розмінування Попасна", "туризм Старобільськ", "цифровізація Сєвєродонецьк",
    ];

    private const string EveryText = "розвитку";

    /// <summary>Versions the hand-written query asks for, and the items it makes of them: as the service does.</summary>
    private const int VersionsAsked = 1500;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchWorkspace workspace, BenchmarkOptions options)
    {
        var search = workspace.Service<SearchService>();
        var found = 0;
        var ours = await P95Async(Queries, options, async query =>
            found += (await search.SearchAsync(workspace.MemberId, query, new SearchFilters())).Items.Count);
        var peer = await P95Async(Queries, options, query => BySqlAsync(workspace, query));
        Console.WriteLine($"  search, {Queries.Length} queries ({found / (options.Repetitions + 1)} items found per round): ours p95 {Timing.Ms(ours)}, SQL p95 {Timing.Ms(peer)}");

        var oursEvery = await P95Async([EveryText], options, query => search.SearchAsync(workspace.MemberId, query, new SearchFilters()));
        var peerEvery = await P95Async([EveryText], options, query => BySqlAsync(workspace, query));
        Console.WriteLine($"  search for a word in every text: ours p95 {Timing.Ms(oursEvery)}, SQL p95 {Timing.Ms(peerEvery)}");

        var target = workspace.Size.Name == "L" ? "≤ 1.5× SQL, p95 < 50 ms at L" : "≤ 1.5× SQL";
        return
        [
            new Result($"Search, p95 of {Queries.Length} queries of a subject, its start, a subject and a place", workspace.Size.Name, Timing.Ms(ours),
                "hand-written FTS5 queries, same index", Timing.Ms(peer), ours / peer, target, ours / peer <= 1.5 && (workspace.Size.Name != "L" || ours < 50)),
            new Result($"Search for a word in every text («{EveryText}»), p95", workspace.Size.Name, Timing.Ms(oursEvery),
                "hand-written FTS5 queries, same index", Timing.Ms(peerEvery), oursEvery / peerEvery, "≤ 1.5× SQL", oursEvery / peerEvery <= 1.5),
        ];
    }

    /// <summary>Each query run once to warm up and then as many times as the options say; the 95th percentile of all the runs.</summary>
    private static async Task<double> P95Async(IReadOnlyList<string> queries, BenchmarkOptions options, Func<string, Task> run)
    {
        var times = new List<double>();
        foreach (var query in queries)
        {
            await run(query);
            for (var i = 0; i < options.Repetitions; i++)
            {
                var watch = Stopwatch.StartNew();
                await run(query);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return Timing.Percentile(times, 95);
    }

    /// <summary>
    /// The same page by hand: the index's best versions ranked first and only then their rows read for their state and date, the best version of each of the first thirty items
    /// with its group, then the comments and proposals the index ranks first.
    /// </summary>
    private static async Task BySqlAsync(BenchWorkspace workspace, string query)
    {
        var match = SearchTerms.Fts5(SearchTerms.Of(query));
        await using var connection = new SqliteConnection(workspace.ConnectionString);
        await connection.OpenAsync();

        var items = new Dictionary<long, long>();
        var versions = new List<(long Id, long ItemId, long Number, long State, long At)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT v.Id, v.ItemId, v.Number, v.State, v.CreatedAt FROM (SELECT rowid AS Id, bm25(VersionSearch, 10.0, 1.0) AS Rank FROM VersionSearch " +
                "WHERE VersionSearch MATCH $q ORDER BY Rank, rowid DESC LIMIT $n) s JOIN ItemVersions v ON v.Id = s.Id ORDER BY s.Rank, v.Id DESC";
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$n", VersionsAsked);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var version = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
                versions.Add(version);
                if (items.Count < SearchService.ShownPerKind)
                {
                    items.TryAdd(version.Item2, version.Item1);
                }
            }
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "SELECT v.Id, v.ItemId, v.Number, v.Title, v.Body, i.Kind, i.Position, i.LatestVersionNumber, g.Position, g.Name " +
                "FROM ItemVersions v JOIN Items i ON i.Id = v.ItemId JOIN WorkingGroups g ON g.Id = i.WorkingGroupId " +
                $"WHERE v.Id IN ({(items.Count == 0 ? "NULL" : string.Join(",", items.Values))})";
            await ReadAllAsync(command);
        }
        foreach (var (index, table) in new[] { ("CommentSearch", "ReviewComments"), ("ProposalSearch", "Proposals") })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT t.* FROM {index} JOIN {table} t ON t.Id = {index}.rowid WHERE {index} MATCH $q ORDER BY bm25({index}) LIMIT 60";
            command.Parameters.AddWithValue("$q", match);
            await ReadAllAsync(command);
        }
    }

    private static async Task ReadAllAsync(SqliteCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
        }
    }
}
