using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Dossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DossierId",
                table: "Invoices",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CumulativePercent",
                table: "InvoiceLines",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeductedInvoiceId",
                table: "InvoiceLines",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DossierLineId",
                table: "InvoiceLines",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PreviousPercent",
                table: "InvoiceLines",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DossierBilling_DefaultDeduction",
                table: "Companies",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "DossierBilling_DepositsAsPaymentRequests",
                table: "Companies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DossierBilling_SituationLineTemplate",
                table: "Companies",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DossierBilling_SituationTitleTemplate",
                table: "Companies",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CustomerId = table.Column<int>(type: "int", nullable: false),
                    CustomerReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptanceReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TotalNet = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dossiers_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Quantity = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    DiscountPercent = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    TaxSnapshot = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    GlAccountId = table.Column<int>(type: "int", nullable: true),
                    GlAccountNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ProductId = table.Column<int>(type: "int", nullable: true),
                    CostPrice = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    DossierId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierLines_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_DossierId",
                table: "Invoices",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_DossierLineId",
                table: "InvoiceLines",
                column: "DossierLineId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierLines_DossierId_Position",
                table: "DossierLines",
                columns: new[] { "DossierId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CustomerId",
                table: "Dossiers",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Number",
                table: "Dossiers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Status",
                table: "Dossiers",
                column: "Status");

            migrationBuilder.AddForeignKey(
                name: "FK_Invoices_Dossiers_DossierId",
                table: "Invoices",
                column: "DossierId",
                principalTable: "Dossiers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invoices_Dossiers_DossierId",
                table: "Invoices");

            migrationBuilder.DropTable(
                name: "DossierLines");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_DossierId",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_DossierLineId",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "DossierId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "CumulativePercent",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "DeductedInvoiceId",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "DossierLineId",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "PreviousPercent",
                table: "InvoiceLines");

            migrationBuilder.DropColumn(
                name: "DossierBilling_DefaultDeduction",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "DossierBilling_DepositsAsPaymentRequests",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "DossierBilling_SituationLineTemplate",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "DossierBilling_SituationTitleTemplate",
                table: "Companies");
        }
    }
}
