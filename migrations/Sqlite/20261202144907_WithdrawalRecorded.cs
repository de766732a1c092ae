using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WithdrawalRecorded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "ItemVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnById",
                table: "ItemVersions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "ItemVersions");

            migrationBuilder.DropColumn(
                name: "WithdrawnById",
                table: "ItemVersions");
        }
    }
}
