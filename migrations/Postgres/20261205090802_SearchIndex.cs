using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search (issue 18): a tsvector generated from the texts in the same row, so the database keeps it current
            // in the same transaction as every write, with a GIN index. 'simple': PostgreSQL has no Ukrainian stemmer; words
            // match as prefixes instead (SearchTerms).
            foreach (var (table, vector) in new[]
            {
                ("ItemVersions", "setweight(to_tsvector('simple', coalesce(\"Title\", '')), 'A') || setweight(to_tsvector('simple', coalesce(\"Body\", '')), 'B')"),
                ("ReviewComments", "to_tsvector('simple', coalesce(\"Text\", ''))"),
                ("Proposals", "to_tsvector('simple', coalesce(\"Text\", '') || ' ' || coalesce(\"AnswerText\", ''))"),
            })
            {
                migrationBuilder.Sql($"ALTER TABLE \"{table}\" ADD \"SearchVector\" tsvector GENERATED ALWAYS AS ({vector}) STORED;");
                migrationBuilder.Sql($"CREATE INDEX \"IX_{table}_SearchVector\" ON \"{table}\" USING GIN (\"SearchVector\");");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "ItemVersions", "ReviewComments", "Proposals" })
            {
                migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN IF EXISTS \"SearchVector\";");
            }
        }
    }
}
