using System;
using Facturation.Application.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IntegrityEInvoicingBooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_SeriesId_Number",
                table: "Invoices");

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
                name: "VatAccountNumber",
                table: "TaxCodes",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Payments",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Recorded");

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "Payments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidedAtUtc",
                table: "Payments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoidedById",
                table: "Payments",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoidedByName",
                table: "Payments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousReset",
                table: "NumberingSeries",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResetFrom",
                table: "NumberingSeries",
                type: "TEXT",
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
                name: "ReversalReason",
                table: "CreditApplications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReversedAtUtc",
                table: "CreditApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReversedById",
                table: "CreditApplications",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReversedByName",
                table: "CreditApplications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Accounting_BankAccount",
                table: "Companies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "512000");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_BankJournal",
                table: "Companies",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "BQ");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_CustomerAdvanceAccount",
                table: "Companies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "419100");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_ReceivableAccount",
                table: "Companies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "411000");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_RevenueAccount",
                table: "Companies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "706000");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_SalesJournal",
                table: "Companies",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "VT");

            migrationBuilder.AddColumn<string>(
                name: "Accounting_VatAccount",
                table: "Companies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "445710");

            migrationBuilder.AddColumn<int>(
                name: "BackdatingDays",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ElectronicAddress",
                table: "Companies",
                type: "TEXT",
                maxLength: 125,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Companies",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Paris");

            migrationBuilder.AddColumn<bool>(
                name: "VatOnDebits",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "AuditVerificationRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Entries = table.Column<long>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditVerificationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResponseBody = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceIssuedSnapshots",
                columns: table => new
                {
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceIssuedSnapshots", x => x.InvoiceId);
                    table.ForeignKey(
                        name: "FK_InvoiceIssuedSnapshots_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "LoginThrottles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFailureUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BlockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginThrottles", x => x.Key);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHead",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Number",
                table: "Invoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SeriesId",
                table: "Invoices",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_DocumentNumber",
                table: "AuditEntries",
                column: "DocumentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Event_TimeUtc",
                table: "AuditEntries",
                columns: new[] { "Event", "TimeUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TimeUtc",
                table: "AuditEntries",
                column: "TimeUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditVerificationRuns_RunDate",
                table: "AuditVerificationRuns",
                column: "RunDate",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyKeys_ExpiresAtUtc",
                table: "IdempotencyKeys",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyKeys_UserId_Key",
                table: "IdempotencyKeys",
                columns: new[] { "UserId", "Key" },
                unique: true);

            // Hand-written: the audit guards (ADR-012), created last so no table rebuild above drops them.
            migrationBuilder.Sql(AuditTriggers.CreateSql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditTriggers.DropSql(migrationBuilder.ActiveProvider));

            migrationBuilder.DropTable(
                name: "AuditChainHead");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AuditVerificationRuns");

            migrationBuilder.DropTable(
                name: "IdempotencyKeys");

            migrationBuilder.DropTable(
                name: "InvoiceIssuedSnapshots");

            migrationBuilder.DropTable(
                name: "InvoiceXmlArchives");

            migrationBuilder.DropTable(
                name: "LoginThrottles");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_Number",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_SeriesId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "TaxCodes");

            migrationBuilder.DropColumn(
                name: "ExemptionReasonCode",
                table: "TaxCodes");

            migrationBuilder.DropColumn(
                name: "VatAccountNumber",
                table: "TaxCodes");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "VoidedAtUtc",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "VoidedById",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "VoidedByName",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PreviousReset",
                table: "NumberingSeries");

            migrationBuilder.DropColumn(
                name: "ResetFrom",
                table: "NumberingSeries");

            migrationBuilder.DropColumn(
                name: "OperationNature",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "ElectronicAddress",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ReversalReason",
                table: "CreditApplications");

            migrationBuilder.DropColumn(
                name: "ReversedAtUtc",
                table: "CreditApplications");

            migrationBuilder.DropColumn(
                name: "ReversedById",
                table: "CreditApplications");

            migrationBuilder.DropColumn(
                name: "ReversedByName",
                table: "CreditApplications");

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

            migrationBuilder.DropColumn(
                name: "BackdatingDays",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "ElectronicAddress",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "VatOnDebits",
                table: "Companies");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SeriesId_Number",
                table: "Invoices",
                columns: new[] { "SeriesId", "Number" },
                unique: true);
        }
    }
}
