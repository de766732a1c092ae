using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// Writes what a merged edition holds with a few multi-row INSERTs. Tracked and inserted one by one through EF, the
/// 3,000 entries and 2,500 links of an edition with its plan took 0.8 s of the merge at size M (docs/benchmarks.md).
/// The numbers go into the statement as literals (the workspace's own integers, never typed by anyone); the groups'
/// names, the only text, go as parameters. The same SQL runs on SQLite and PostgreSQL. Not <see cref="BulkInsert"/>: through it
/// (one prepared row at a time on SQLite) the merge took 0.29 s instead of 0.10–0.19 s and the edition line missed its target.
/// </summary>
internal static class EditionContents
{
    // Well under both databases' limits on a statement's length and parameters.
    private const int RowsPerStatement = 500;

    public static async Task InsertAsync(WorkspaceDbContext db, int editionId, IReadOnlyList<EditionEntry> entries, IReadOnlyList<EditionLink> links,
        CancellationToken cancellationToken)
    {
        foreach (var rows in entries.Chunk(RowsPerStatement))
        {
            var names = rows.Select(e => e.GroupName).Distinct().ToList();
            var values = rows.Select(e => Invariant(
                $"({editionId}, {e.ItemId}, {e.VersionNumber}, {e.WorkingGroupId}, {e.GroupPosition}, {{{names.IndexOf(e.GroupName)}}}, {(int)e.Kind}, {e.Position})"));
            var insert = """INSERT INTO "EditionEntries" ("EditionId", "ItemId", "VersionNumber", "WorkingGroupId", "GroupPosition", "GroupName", "Kind", "Position") VALUES """ +
                string.Join(", ", values);
            await db.Database.ExecuteSqlRawAsync(insert, names, cancellationToken);
        }
        foreach (var rows in links.Chunk(RowsPerStatement))
        {
            var values = rows.Select(l => Invariant($"({editionId}, {l.FromItemId}, {l.ToItemId})"));
            var insert = """INSERT INTO "EditionLinks" ("EditionId", "FromItemId", "ToItemId") VALUES """ + string.Join(", ", values);
            await db.Database.ExecuteSqlRawAsync(insert, [], cancellationToken);
        }
    }

    private static string Invariant(FormattableString row) => row.ToString(CultureInfo.InvariantCulture);
}
