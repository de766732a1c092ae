using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search (issue 18): FTS5 tables over the texts, external content (the rows hold the text once), kept
            // current by triggers in the same transaction as every insert, update or delete. A later migration that rebuilds one
            // of these tables (SQLite's way to alter a column) drops its triggers: create them again there.
            foreach (var (index, table, columns) in new[]
            {
                ("VersionSearch", "ItemVersions", new[] { "Title", "Body" }),
                ("CommentSearch", "ReviewComments", new[] { "Text" }),
                ("ProposalSearch", "Proposals", new[] { "Text", "AnswerText" }),
            })
            {
                var list = string.Join(", ", columns);
                var added = string.Join(", ", columns.Select(c => "new." + c));
                var removed = string.Join(", ", columns.Select(c => "old." + c));
                migrationBuilder.Sql($"CREATE VIRTUAL TABLE {index} USING fts5({list}, content='{table}', content_rowid='Id', tokenize='unicode61');");
                migrationBuilder.Sql($"INSERT INTO {index}({index}) VALUES ('rebuild');");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_Inserted AFTER INSERT ON {table} BEGIN INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {added}); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_Deleted AFTER DELETE ON {table} BEGIN INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {removed}); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {index}_Updated AFTER UPDATE OF {list} ON {table} BEGIN " +
                    $"INSERT INTO {index}({index}, rowid, {list}) VALUES ('delete', old.Id, {removed}); INSERT INTO {index}(rowid, {list}) VALUES (new.Id, {added}); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (index, table) in new[] { ("VersionSearch", "ItemVersions"), ("CommentSearch", "ReviewComments"), ("ProposalSearch", "Proposals") })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {index}_Inserted; DROP TRIGGER IF EXISTS {index}_Deleted; DROP TRIGGER IF EXISTS {index}_Updated;");
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {index};");
            }
        }
    }
}
