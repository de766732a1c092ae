using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// An edition numbers what it holds: the editions merged before kept their items' workspace
    /// positions, with a gap wherever a draft stood between two approved items. Renumbered here
    /// in the same order; the window is read in full before any row changes, on both providers.
    /// </summary>
    public partial class EditionNumbering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "EditionEntries" SET "Position" = renumbered."Place"
                FROM (SELECT "Id", ROW_NUMBER() OVER (PARTITION BY "EditionId", "WorkingGroupId", "Kind" ORDER BY "Position", "Id") AS "Place"
                      FROM "EditionEntries") AS renumbered
                WHERE "EditionEntries"."Id" = renumbered."Id" AND "EditionEntries"."Position" <> renumbered."Place";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The workspace positions the old numbering came from are not kept; the new numbers stay.
        }
    }
}
