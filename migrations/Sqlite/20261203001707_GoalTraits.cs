using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GoalTraits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Condition",
                table: "WorkingCopies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConditionExpectedOn",
                table: "WorkingCopies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GoalLevel",
                table: "WorkingCopies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "WorkingCopies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ServesGoalId",
                table: "WorkingCopies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Condition",
                table: "ItemVersions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConditionExpectedOn",
                table: "ItemVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GoalLevel",
                table: "ItemVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "ItemVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ServesGoalId",
                table: "ItemVersions",
                type: "INTEGER",
                nullable: true);

            // The goals written before levels existed are strategic, as the demo's and the Luhansk strategy's are.
            migrationBuilder.Sql("""UPDATE "ItemVersions" SET "GoalLevel" = 1 WHERE "ItemId" IN (SELECT "Id" FROM "Items" WHERE "Kind" = 3)""");
            migrationBuilder.Sql("""UPDATE "WorkingCopies" SET "GoalLevel" = 1 WHERE "ItemId" IN (SELECT "Id" FROM "Items" WHERE "Kind" = 3)""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Condition",
                table: "WorkingCopies");

            migrationBuilder.DropColumn(
                name: "ConditionExpectedOn",
                table: "WorkingCopies");

            migrationBuilder.DropColumn(
                name: "GoalLevel",
                table: "WorkingCopies");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "WorkingCopies");

            migrationBuilder.DropColumn(
                name: "ServesGoalId",
                table: "WorkingCopies");

            migrationBuilder.DropColumn(
                name: "Condition",
                table: "ItemVersions");

            migrationBuilder.DropColumn(
                name: "ConditionExpectedOn",
                table: "ItemVersions");

            migrationBuilder.DropColumn(
                name: "GoalLevel",
                table: "ItemVersions");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "ItemVersions");

            migrationBuilder.DropColumn(
                name: "ServesGoalId",
                table: "ItemVersions");
        }
    }
}
