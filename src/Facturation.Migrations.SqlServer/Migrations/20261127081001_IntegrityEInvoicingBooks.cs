using System;
using Facturation.Application.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
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
                name: "VatAccountNumber",
                table: "TaxCodes",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Payments",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Recorded");

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "Payments",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidedAtUtc",
                table: "Payments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoidedById",
                table: "Payments",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoidedByName",
                table: "Payments",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousReset",
                table: "NumberingSeries",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResetFrom",
                table: "NumberingSeries",
                type: "date",
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
                name: "ReversalReason",
                table: "CreditApplications",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReversedAtUtc",
                table: "CreditApplications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReversedById",
                table: "CreditApplications",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReversedByName",
                table: "CreditApplications",
                type: "nvarchar(200)",
                maxLength: 200,
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

            migrationBuilder.AddColumn<int>(
                name: "BackdatingDays",
                table: "Companies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ElectronicAddress",
                table: "Companies",
                type: "nvarchar(125)",
                maxLength: 125,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Companies",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Paris");

            migrationBuilder.AddColumn<bool>(
                name: "VatOnDebits",
                table: "Companies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AuditChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    TimeUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Event = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PreviousHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "AuditVerificationRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RunDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Entries = table.Column<long>(type: "bigint", nullable: false),
                    Message = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditVerificationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ResponseBody = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceIssuedSnapshots",
                columns: table => new
                {
                    InvoiceId = table.Column<int>(type: "int", nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "LoginThrottles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    LastFailureUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BlockedUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                unique: true,
                filter: "[Number] IS NOT NULL");

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
                unique: true,
                filter: "[SeriesId] IS NOT NULL AND [Number] IS NOT NULL");
        }
    }
}
