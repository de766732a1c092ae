using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchFoundVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // What search reads of each of up to 1,500 matching versions (its item, number, state and date), in an index
            // of its own: the row itself holds the text first, and at 500,000 versions reading these columns from it was
            // most of the search (SearchIndex names this index in its query: SQLite takes the primary key otherwise).
            // Not in the EF model, as the FTS tables are not: a later migration that rebuilds ItemVersions creates it again.
            migrationBuilder.Sql("CREATE INDEX IX_ItemVersions_Found ON ItemVersions (Id, ItemId, Number, State, CreatedAt);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_ItemVersions_Found;");
        }
    }
}
