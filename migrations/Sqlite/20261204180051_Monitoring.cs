using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdoptedById",
                table: "Editions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AdoptedOn",
                table: "Editions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdoptionDecision",
                table: "Editions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Half = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Token = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValueChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorValueId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Half = table.Column<int>(type: "INTEGER", nullable: false),
                    OldValue = table.Column<decimal>(type: "TEXT", nullable: true),
                    NewValue = table.Column<decimal>(type: "TEXT", nullable: false),
                    OldSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NewSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChangedById = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValueChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValueChanges_AspNetUsers_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValueChanges_IndicatorValues_IndicatorValueId",
                        column: x => x.IndicatorValueId,
                        principalTable: "IndicatorValues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueChanges_ChangedById",
                table: "IndicatorValueChanges",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueChanges_IndicatorValueId",
                table: "IndicatorValueChanges",
                column: "IndicatorValueId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueChanges_ItemId_IndicatorKey_ChangedAt",
                table: "IndicatorValueChanges",
                columns: new[] { "ItemId", "IndicatorKey", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_ItemId_IndicatorKey_Year_Half",
                table: "IndicatorValues",
                columns: new[] { "ItemId", "IndicatorKey", "Year", "Half" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_RecordedById",
                table: "IndicatorValues",
                column: "RecordedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorValueChanges");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropColumn(
                name: "AdoptedById",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "AdoptedOn",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "AdoptionDecision",
                table: "Editions");
        }
    }
}
