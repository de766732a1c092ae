using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Review;

/// <summary>
/// What comments and suggestions share: the passages quoted on earlier (or later) versions followed to the version shown
/// (<see cref="PassageAnchor"/>), reading only the versions that takes.
/// </summary>
internal static class PassageTrail
{
    /// <summary>
    /// The texts needed to follow every (passage, version written on) to <paramref name="shownVersion"/>: the shown one and those
    /// written on first; the versions between only for a passage the shown one no longer holds word for word, to be followed step
    /// by step (an item of long texts has megabytes of versions).
    /// </summary>
    public static async Task<Dictionary<int, string>> BodiesAsync(WorkspaceDbContext db, int itemId, IReadOnlyCollection<(string Passage, int WrittenOn)> passages,
        int shownVersion, CancellationToken cancellationToken)
    {
        var bodies = await ReadAsync(db, itemId, passages.Select(p => p.WrittenOn).Append(shownVersion).Distinct().ToList(), cancellationToken);
        var shown = bodies.GetValueOrDefault(shownVersion, "");
        var lost = passages.Where(p => !shown.Contains(p.Passage, StringComparison.Ordinal)).Select(p => p.WrittenOn).ToList();
        if (lost.Count > 0)
        {
            var (first, last) = (Math.Min(shownVersion, lost.Min()), Math.Max(shownVersion, lost.Max()));
            var between = Enumerable.Range(first, last - first + 1).Where(n => !bodies.ContainsKey(n)).ToList();
            foreach (var (number, body) in await ReadAsync(db, itemId, between, cancellationToken))
            {
                bodies[number] = body;
            }
        }
        return bodies;
    }

    /// <summary>
    /// The passage from the version it was written on to the one shown: straight there when that one holds it word for word,
    /// else through each version between, in either direction.
    /// </summary>
    public static PassagePlace Follow(string passage, int from, int to, IReadOnlyDictionary<int, string> bodies)
    {
        if (!bodies.TryGetValue(from, out var written) || !bodies.TryGetValue(to, out var shown))
        {
            return PassagePlace.Gone;
        }
        if (shown.Contains(passage, StringComparison.Ordinal))
        {
            return PassageAnchor.Follow(passage, [written, shown]);
        }
        var step = to >= from ? 1 : -1;
        var path = new List<string>();
        for (var number = from; number != to + step; number += step)
        {
            if (bodies.TryGetValue(number, out var body))
            {
                path.Add(body);
            }
        }
        return PassageAnchor.Follow(passage, path);
    }

    private static Task<Dictionary<int, string>> ReadAsync(WorkspaceDbContext db, int itemId, List<int> numbers, CancellationToken cancellationToken) =>
        numbers.Count == 0
            ? Task.FromResult(new Dictionary<int, string>())
            : db.ItemVersions.Where(v => v.ItemId == itemId && numbers.Contains(v.Number)).ToDictionaryAsync(v => v.Number, v => v.Body, cancellationToken);
}
