using Facturation.Application.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Dash13ActivitiesDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActivityId",
                table: "Invoices",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PrintAuthorOnPdf",
                table: "Companies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_ActivityId",
                table: "Invoices",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Revenue",
                table: "Invoices",
                columns: new[] { "IssueDate", "Status", "Kind", "Type", "TotalNet", "CustomerId", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Code",
                table: "Activities",
                column: "Code",
                unique: true);

            migrationBuilder.Sql(OperationalLinkTriggers.UpSql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OperationalLinkTriggers.DownSql(migrationBuilder.ActiveProvider));

            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_ActivityId",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_Revenue",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "PrintAuthorOnPdf",
                table: "Companies");
        }
    }
}
