using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EinvoiceReformData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "TaxCodes",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExemptionReasonCode",
                table: "TaxCodes",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OperationNature",
                table: "Invoices",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ElectronicAddress",
                table: "Customers",
                type: "TEXT",
                maxLength: 125,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ElectronicAddress",
                table: "Companies",
                type: "TEXT",
                maxLength: 125,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VatOnDebits",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "InvoiceXmlArchives",
                columns: table => new
                {
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Syntax = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceXmlArchives", x => new { x.InvoiceId, x.Syntax });
                    table.ForeignKey(
                        name: "FK_InvoiceXmlArchives_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceXmlArchives");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "TaxCodes");

            migrationBuilder.DropColumn(
                name: "ExemptionReasonCode",
                table: "TaxCodes");

            migrationBuilder.DropColumn(
                name: "OperationNature",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "ElectronicAddress",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ElectronicAddress",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "VatOnDebits",
                table: "Companies");
        }
    }
}
