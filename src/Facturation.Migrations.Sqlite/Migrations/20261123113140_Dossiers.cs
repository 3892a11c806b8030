using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CumulativePercent",
                table: "InvoiceLines",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeductedInvoiceId",
                table: "InvoiceLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DossierLineId",
                table: "InvoiceLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PreviousPercent",
                table: "InvoiceLines",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DossierBilling_DefaultDeduction",
                table: "Companies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "DossierBilling_DepositsAsPaymentRequests",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DossierBilling_SituationLineTemplate",
                table: "Companies",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DossierBilling_SituationTitleTemplate",
                table: "Companies",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptanceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TotalNet = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    DiscountPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    TaxSnapshot = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GlAccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    GlAccountNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    CostPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: true)
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
