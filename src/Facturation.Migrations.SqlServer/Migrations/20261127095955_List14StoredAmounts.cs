using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class List14StoredAmounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "CostTotal",
                table: "Invoices",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "CostedNet",
                table: "Invoices",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstDownloadedAtUtc",
                table: "Invoices",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastModifiedAtUtc",
                table: "Invoices",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<decimal>(
                name: "Remaining",
                table: "Invoices",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_List",
                table: "Invoices",
                columns: new[] { "IssueDate", "Id" });

            migrationBuilder.Sql(Facturation.Application.Invoicing.Listing.StoredAmountsBackfill.Sql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_List",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "CostTotal",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "CostedNet",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "FirstDownloadedAtUtc",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "LastModifiedAtUtc",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Remaining",
                table: "Invoices");
        }
    }
}
