using System.Text.RegularExpressions;

namespace StrategyWorkspace.Features.Search;

/// <summary>
/// What a person typed, as the words the full-text index is asked for. Only letters and digits make a word: quotes, operators,
/// SQL, the index's own syntax and emoji are separators, never syntax, so any input gives results or none, never an error.
/// Each word matches as a prefix ("розмінув" finds «розмінування», «розмінуванням»): Ukrainian words change their endings.
/// </summary>
internal static partial class SearchTerms
{
    public const int MaxQueryLength = 1_000;
    public const int MaxTerms = 8;
    private const int MaxTermLength = 40;

    public static IReadOnlyList<string> Of(string? query) =>
        Word().Matches((query ?? "").Length > MaxQueryLength ? query![..MaxQueryLength] : query ?? "")
            .Select(m => m.Value.ToLowerInvariant())
            .Select(t => t.Length > MaxTermLength ? t[..MaxTermLength] : t)
            .Distinct()
            .Take(MaxTerms)
            .ToList();

    /// <summary>SQLite FTS5: every word, quoted (so "AND", "NEAR" or "-" are words), as a prefix; all must match.</summary>
    public static string Fts5(IReadOnlyList<string> terms) => string.Join(" ", terms.Select(t => $"\"{t}\"*"));

    /// <summary>PostgreSQL's tsquery: every word as a prefix, all must match (the words hold letters and digits only).</summary>
    public static string TsQuery(IReadOnlyList<string> terms) => string.Join(" & ", terms.Select(t => t + ":*"));

    /// <summary>An item's number typed as such ("1.3.2"): the search goes straight to the item.</summary>
    public static (int Group, int Kind, int Position)? Number(string? query) =>
        ItemNumberPattern().Match(query ?? "") is { Success: true } m
            && int.TryParse(m.Groups[1].Value, out var group) && int.TryParse(m.Groups[2].Value, out var kind) && int.TryParse(m.Groups[3].Value, out var position)
            ? (group, kind, position)
            : null;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*(\d{1,4})\.(\d)\.(\d{1,5})\.?\s*$")]
    private static partial Regex ItemNumberPattern();
}
