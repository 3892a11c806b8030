using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class List14Totals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InvoiceListTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    NetUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    GrossUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainingUnits = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceListTotals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceListTotals_IssueDate_Kind_Status",
                table: "InvoiceListTotals",
                columns: new[] { "IssueDate", "Kind", "Status" });

            migrationBuilder.Sql(Facturation.Application.Invoicing.Listing.InvoiceListTotalsSql.CreateSql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Facturation.Application.Invoicing.Listing.InvoiceListTotalsSql.DropSql(migrationBuilder.ActiveProvider));

            migrationBuilder.DropTable(
                name: "InvoiceListTotals");
        }
    }
}
