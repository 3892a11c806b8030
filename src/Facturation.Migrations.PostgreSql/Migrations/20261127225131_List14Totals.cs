using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Facturation.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    NetUnits = table.Column<long>(type: "bigint", nullable: false),
                    TaxUnits = table.Column<long>(type: "bigint", nullable: false),
                    GrossUnits = table.Column<long>(type: "bigint", nullable: false),
                    RemainingUnits = table.Column<long>(type: "bigint", nullable: false)
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
