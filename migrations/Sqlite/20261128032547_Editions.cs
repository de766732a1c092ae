using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Editions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "WithdrawnFromDocumentAt",
                table: "Items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Editions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StrategyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Horizon = table.Column<int>(type: "INTEGER", nullable: false),
                    Vision = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    MergedById = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Editions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Editions_AspNetUsers_MergedById",
                        column: x => x.MergedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Editions_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EditionEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditionEntries_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionEntries_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EditionLinks",
                columns: table => new
                {
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionLinks", x => new { x.EditionId, x.FromItemId, x.ToItemId });
                    table.ForeignKey(
                        name: "FK_EditionLinks_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EditionEntries_EditionId_ItemId",
                table: "EditionEntries",
                columns: new[] { "EditionId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EditionEntries_ItemId",
                table: "EditionEntries",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Editions_MergedById",
                table: "Editions",
                column: "MergedById");

            migrationBuilder.CreateIndex(
                name: "IX_Editions_StrategyId_Number",
                table: "Editions",
                columns: new[] { "StrategyId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EditionEntries");

            migrationBuilder.DropTable(
                name: "EditionLinks");

            migrationBuilder.DropTable(
                name: "Editions");

            migrationBuilder.DropColumn(
                name: "WithdrawnFromDocumentAt",
                table: "Items");
        }
    }
}
