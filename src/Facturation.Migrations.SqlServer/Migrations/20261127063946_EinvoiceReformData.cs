using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
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
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExemptionReasonCode",
                table: "TaxCodes",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OperationNature",
                table: "Invoices",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ElectronicAddress",
                table: "Customers",
                type: "nvarchar(125)",
                maxLength: 125,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ElectronicAddress",
                table: "Companies",
                type: "nvarchar(125)",
                maxLength: 125,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VatOnDebits",
                table: "Companies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "InvoiceXmlArchives",
                columns: table => new
                {
                    InvoiceId = table.Column<int>(type: "int", nullable: false),
                    Syntax = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
