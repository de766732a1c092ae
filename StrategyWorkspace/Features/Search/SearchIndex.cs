using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Search;

/// <summary>
/// The database's own full-text indexes, asked in each provider's words: SQLite's FTS5 tables (VersionSearch, CommentSearch,
/// ProposalSearch, external-content over their tables, written by triggers) and PostgreSQL's generated <c>tsvector</c> columns
/// with GIN indexes (migration <c>SearchIndex</c>). Both are written by the database in the same transaction as the row, so what
/// was saved is found at once and nothing scans the texts. Only the ids of the best matches come back, best first.
/// </summary>
internal static class SearchIndex
{
    /// <summary>What the searcher may find, and the filters they chose; the days as the instants they start and end.</summary>
    public sealed record Scope(int? GroupId, ItemKind? Kind, RevisionState? State, bool AllProposals, int? OnlyEditionId,
        DateTimeOffset? Since = null, DateTimeOffset? Before = null);

    /// <summary>The best-matching versions with their item, number and state, so one item's many versions can be told apart without reading them.</summary>
    public static Task<List<VersionMatch>> VersionsAsync(WorkspaceDbContext db, IReadOnlyList<string> terms, Scope scope, int limit, CancellationToken cancellationToken)
    {
        var sql = new Query(db);
        if (sql.Postgres)
        {
            sql.Append("SELECT v.\"Id\", v.\"ItemId\", v.\"Number\", v.\"State\", ts_rank(v.\"SearchVector\", q)::float8 AS \"Rank\" FROM \"ItemVersions\" v JOIN \"Items\" i ON i.\"Id\" = v.\"ItemId\", to_tsquery('simple', ")
                .Parameter(SearchTerms.TsQuery(terms)).Append(") q WHERE v.\"SearchVector\" @@ q");
        }
        else
        {
            // The matches' columns from their own index (migration SearchFoundVersions), not from rows that hold the text first:
            // at 500,000 versions reading them from the rows was most of the search.
            sql.Append("SELECT v.Id, v.ItemId, v.Number, v.State, -bm25(VersionSearch, 10.0, 1.0) AS Rank FROM VersionSearch " +
                    "JOIN ItemVersions v INDEXED BY IX_ItemVersions_Found ON v.Id = VersionSearch.rowid JOIN Items i ON i.Id = v.ItemId WHERE VersionSearch MATCH ")
                .Parameter(SearchTerms.Fts5(terms));
        }
        sql.Where("i", "WorkingGroupId", scope.GroupId).Where("i", "Kind", (int?)scope.Kind).Where("v", "State", (int?)scope.State)
            .Within("v", "CreatedAt", scope);
        if (scope.OnlyEditionId is { } edition)
        {
            sql.Append(sql.Postgres
                ? " AND EXISTS (SELECT 1 FROM \"EditionEntries\" e WHERE e.\"EditionId\" = "
                : " AND EXISTS (SELECT 1 FROM EditionEntries e WHERE e.EditionId = ").Parameter(edition)
                .Append(sql.Postgres ? " AND e.\"ItemId\" = v.\"ItemId\" AND e.\"VersionNumber\" = v.\"Number\")" : " AND e.ItemId = v.ItemId AND e.VersionNumber = v.Number)");
        }
        return sql.RunAsync<VersionMatch>(limit, cancellationToken);
    }

    public static Task<List<Hit>> CommentsAsync(WorkspaceDbContext db, IReadOnlyList<string> terms, Scope scope, int limit, CancellationToken cancellationToken)
    {
        var sql = new Query(db);
        if (sql.Postgres)
        {
            sql.Append("SELECT c.\"Id\", ts_rank(c.\"SearchVector\", q)::float8 AS \"Rank\" FROM \"ReviewComments\" c JOIN \"Items\" i ON i.\"Id\" = c.\"ItemId\", to_tsquery('simple', ")
                .Parameter(SearchTerms.TsQuery(terms)).Append(") q WHERE c.\"SearchVector\" @@ q");
        }
        else
        {
            sql.Append("SELECT c.Id, -bm25(CommentSearch) AS Rank FROM CommentSearch JOIN ReviewComments c ON c.Id = CommentSearch.rowid JOIN Items i ON i.Id = c.ItemId WHERE CommentSearch MATCH ")
                .Parameter(SearchTerms.Fts5(terms));
        }
        sql.Where("i", "WorkingGroupId", scope.GroupId).Where("i", "Kind", (int?)scope.Kind).Within("c", "At", scope);
        return sql.RunAsync<Hit>(limit, cancellationToken);
    }

    public static Task<List<Hit>> ProposalsAsync(WorkspaceDbContext db, IReadOnlyList<string> terms, Scope scope, int limit, CancellationToken cancellationToken)
    {
        var sql = new Query(db);
        if (sql.Postgres)
        {
            sql.Append("SELECT p.\"Id\", ts_rank(p.\"SearchVector\", q)::float8 AS \"Rank\" FROM \"Proposals\" p LEFT JOIN \"Items\" i ON i.\"Id\" = p.\"ItemId\", to_tsquery('simple', ")
                .Parameter(SearchTerms.TsQuery(terms)).Append(") q WHERE p.\"SearchVector\" @@ q");
        }
        else
        {
            sql.Append("SELECT p.Id, -bm25(ProposalSearch) AS Rank FROM ProposalSearch JOIN Proposals p ON p.Id = ProposalSearch.rowid LEFT JOIN Items i ON i.Id = p.ItemId WHERE ProposalSearch MATCH ")
                .Parameter(SearchTerms.Fts5(terms));
        }
        sql.Where("p", "WorkingGroupId", scope.GroupId).Where("i", "Kind", (int?)scope.Kind).Within("p", "SubmittedAt", scope);
        if (!scope.AllProposals)
        {
            sql.Where("p", "State", (int)ProposalState.Published);
        }
        return sql.RunAsync<Hit>(limit, cancellationToken);
    }

    /// <summary>A row the index found: its id and how well it matched (higher is better).</summary>
    public sealed class Hit
    {
        public int Id { get; set; }
        public double Rank { get; set; }
    }

    /// <summary>A version the index found: which item's, which number in which state, how well it matched (higher is better).</summary>
    public sealed class VersionMatch
    {
        public int Id { get; set; }
        public int ItemId { get; set; }
        public int Number { get; set; }
        public RevisionState State { get; set; }
        public double Rank { get; set; }
    }

    /// <summary>A query built in the provider's quoting, every value a parameter.</summary>
    private sealed class Query(WorkspaceDbContext db)
    {
        private static readonly DateTimeOffsetToBinaryConverter BinaryDates = new();

        private readonly StringBuilder sql = new();
        private readonly List<object> parameters = [];

        public bool Postgres { get; } = db.Database.IsNpgsql();

        public Query Append(string text)
        {
            sql.Append(text);
            return this;
        }

        public Query Parameter(object value)
        {
            sql.Append('{').Append(parameters.Count).Append('}');
            parameters.Add(value);
            return this;
        }

        public Query Where(string table, string column, int? value)
        {
            if (value is { } set)
            {
                Append(Postgres ? $" AND {table}.\"{column}\" = " : $" AND {table}.{column} = ").Parameter(set);
            }
            return this;
        }

        /// <summary>Written since the scope's first day and before the day after its last, in the column's stored form.</summary>
        public Query Within(string table, string column, Scope scope)
        {
            if (scope.Since is { } since)
            {
                Append(Postgres ? $" AND {table}.\"{column}\" >= " : $" AND {table}.{column} >= ").Parameter(Stored(since));
            }
            if (scope.Before is { } before)
            {
                Append(Postgres ? $" AND {table}.\"{column}\" < " : $" AND {table}.{column} < ").Parameter(Stored(before));
            }
            return this;
        }

        /// <summary>An instant as the model stores it (WorkspaceDbContext's conventions): an ordered integer in SQLite, UTC in PostgreSQL.</summary>
        private object Stored(DateTimeOffset instant) =>
            Postgres ? instant.ToUniversalTime() : BinaryDates.ConvertToProvider(instant)!;

        public Task<List<T>> RunAsync<T>(int limit, CancellationToken cancellationToken)
        {
            Append(Postgres ? " ORDER BY \"Rank\" DESC, 1 DESC LIMIT " : " ORDER BY Rank DESC, 1 DESC LIMIT ").Parameter(limit);
            return db.Database.SqlQueryRaw<T>(sql.ToString(), parameters.ToArray()).ToListAsync(cancellationToken);
        }
    }
}
