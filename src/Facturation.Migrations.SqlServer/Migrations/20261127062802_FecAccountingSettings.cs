using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FecAccountingSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VatAccountNumber",
                table: "TaxCodes",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Accounting_BankAccount",
                table: "Companies",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "512000");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_BankJournal",
                table: "Companies",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "BQ");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_CustomerAdvanceAccount",
                table: "Companies",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "419100");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_ReceivableAccount",
                table: "Companies",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "411000");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_RevenueAccount",
                table: "Companies",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "706000");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_SalesJournal",
                table: "Companies",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "VT");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_VatAccount",
                table: "Companies",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "445710");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VatAccountNumber",
                table: "TaxCodes");

            migrationBuilder.DropColumn(
                name: "Accounting_BankAccount",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "Accounting_BankJournal",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "Accounting_CustomerAdvanceAccount",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "Accounting_ReceivableAccount",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "Accounting_RevenueAccount",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "Accounting_SalesJournal",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "Accounting_VatAccount",
                table: "Companies");
        }
    }
}
