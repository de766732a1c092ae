using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StrategyWorkspace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProjectCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FirstYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LastYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedById = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedById = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectCalls_AspNetUsers_OpenedById",
                        column: x => x.OpenedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    TaskItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    TargetGroups = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Plan = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ScreenedById = table.Column<string>(type: "TEXT", nullable: true),
                    ScreenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProjectItemId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectProposals_Items_ProjectItemId",
                        column: x => x.ProjectItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectProposals_Items_TaskItemId",
                        column: x => x.TaskItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectProposals_ProjectCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "ProjectCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectProposals_WorkingGroups_WorkingGroupId",
                        column: x => x.WorkingGroupId,
                        principalTable: "WorkingGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCalls_OpenedById",
                table: "ProjectCalls",
                column: "OpenedById");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProposals_CallId_WorkingGroupId_State",
                table: "ProjectProposals",
                columns: new[] { "CallId", "WorkingGroupId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProposals_ProjectItemId",
                table: "ProjectProposals",
                column: "ProjectItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProposals_Reference",
                table: "ProjectProposals",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProposals_TaskItemId",
                table: "ProjectProposals",
                column: "TaskItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProposals_WorkingGroupId",
                table: "ProjectProposals",
                column: "WorkingGroupId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectProposals");

            migrationBuilder.DropTable(
                name: "ProjectCalls");
        }
    }
}
