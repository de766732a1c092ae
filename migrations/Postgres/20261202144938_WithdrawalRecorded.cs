using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WithdrawalRecorded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "ItemVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnById",
                table: "ItemVersions",
                type: "text",
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
