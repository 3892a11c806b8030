using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeskAutomationOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StatementId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CostTotal",
                table: "Invoices",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "CostedNet",
                table: "Invoices",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_City",
                table: "Invoices",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_Country",
                table: "Invoices",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_Line1",
                table: "Invoices",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_Line2",
                table: "Invoices",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_PostalCode",
                table: "Invoices",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstDownloadedAtUtc",
                table: "Invoices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastModifiedAtUtc",
                table: "Invoices",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "LastReminderAtUtc",
                table: "Invoices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastReminderLevel",
                table: "Invoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LitigationReason",
                table: "Invoices",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LitigationSinceUtc",
                table: "Invoices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Remaining",
                table: "Invoices",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "RemindersOptOut",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Reminders_AutomaticSending",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Reminders_PenaltyInvoiceAtLastLevel",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PaymentReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    Remaining = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Penalty = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RecoveryIndemnity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    OutboxMessageId = table.Column<int>(type: "INTEGER", nullable: true),
                    SentById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SentByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentReminders_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentReminders_OutboxMessages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecurringInvoiceTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Interval = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Occurrences = table.Column<int>(type: "INTEGER", nullable: true),
                    DayOfIssue = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NextDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GeneratedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastInvoiceId = table.Column<int>(type: "INTEGER", nullable: true),
                    LastOccurrenceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublicNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PrivateNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PaymentTermsDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringInvoiceTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecurringInvoiceTemplates_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecurringInvoiceTemplates_Invoices_LastInvoiceId",
                        column: x => x.LastInvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DaysAfterDue = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectTemplate = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    BodyTemplate = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Remaining = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Statements_NumberingSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "NumberingSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookCursor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookCursor", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookEndpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SecretHint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Events = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AllowPrivateNetwork = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookEndpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecurringInvoiceLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    DiscountPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GlAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringInvoiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecurringInvoiceLines_RecurringInvoiceTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "RecurringInvoiceTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecurringInvoiceOccurrences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurrenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringInvoiceOccurrences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecurringInvoiceOccurrences_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecurringInvoiceOccurrences_RecurringInvoiceTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "RecurringInvoiceTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatementArchives",
                columns: table => new
                {
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementArchives", x => x.StatementId);
                    table.ForeignKey(
                        name: "FK_StatementArchives_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StatementLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Gross = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Remaining = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatementLine_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StatementLine_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EndpointId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DocumentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuditSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_WebhookEndpoints_EndpointId",
                        column: x => x.EndpointId,
                        principalTable: "WebhookEndpoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "ReminderLevels",
                columns: new[] { "Id", "BodyTemplate", "DaysAfterDue", "Level", "Name", "SubjectTemplate" },
                values: new object[,]
                {
                    { 1, "Bonjour,\n\nSauf erreur de notre part, la facture {numero} du {date}, échue le {echeance}, reste impayée à ce jour : il reste {reste} à régler.\n\nS'il s'agit d'un oubli, nous vous remercions de bien vouloir procéder à son règlement. Si votre paiement est déjà parti, merci de ne pas tenir compte de ce message.\n\nVous trouverez la facture en pièce jointe.\n\nCordialement,\n{societe}", 7, 1, "Relance amicale", "Rappel : facture {numero} échue le {echeance}" },
                    { 2, "Bonjour,\n\nMalgré notre précédent rappel, la facture {numero} du {date}, échue le {echeance}, n'est toujours pas réglée ({jours} jours de retard). Le montant restant dû est de {reste}.\n\nNous vous demandons de procéder à son règlement dans les meilleurs délais. La facture est jointe à ce message.\n\nCordialement,\n{societe}", 15, 2, "Relance", "Relance : facture {numero} impayée ({jours} jours de retard)" },
                    { 3, "Madame, Monsieur,\n\nLa facture {numero} du {date}, échue le {echeance}, reste impayée malgré nos relances ({jours} jours de retard). Le montant restant dû est de {reste}.\n\nPar la présente, nous vous mettons en demeure de régler cette somme sous huit jours. À défaut, nous engagerons les démarches de recouvrement nécessaires.\n\nÀ ce jour, les pénalités de retard s'élèvent à {penalite}. {indemnite}\n\nLa facture est jointe à ce message.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n{societe}", 30, 3, "Mise en demeure", "Mise en demeure : facture {numero} impayée" }
                });

            migrationBuilder.InsertData(
                table: "WebhookCursor",
                columns: new[] { "Id", "LastSequence" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_List",
                table: "Invoices",
                columns: new[] { "IssueDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReminders_InvoiceId_Level",
                table: "PaymentReminders",
                columns: new[] { "InvoiceId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReminders_OutboxMessageId",
                table: "PaymentReminders",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringInvoiceLines_TemplateId_Position",
                table: "RecurringInvoiceLines",
                columns: new[] { "TemplateId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RecurringInvoiceOccurrences_InvoiceId",
                table: "RecurringInvoiceOccurrences",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringInvoiceOccurrences_TemplateId_OccurrenceDate",
                table: "RecurringInvoiceOccurrences",
                columns: new[] { "TemplateId", "OccurrenceDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecurringInvoiceTemplates_CustomerId",
                table: "RecurringInvoiceTemplates",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringInvoiceTemplates_LastInvoiceId",
                table: "RecurringInvoiceTemplates",
                column: "LastInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringInvoiceTemplates_Status_NextDate",
                table: "RecurringInvoiceTemplates",
                columns: new[] { "Status", "NextDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderLevels_Level",
                table: "ReminderLevels",
                column: "Level",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatementLine_InvoiceId",
                table: "StatementLine",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_StatementLine_StatementId",
                table: "StatementLine",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_CustomerId_IssueDate",
                table: "Statements",
                columns: new[] { "CustomerId", "IssueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Number",
                table: "Statements",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SeriesId",
                table: "Statements",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_EndpointId_DocumentKey_Status",
                table: "WebhookDeliveries",
                columns: new[] { "EndpointId", "DocumentKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_EndpointId_EventId",
                table: "WebhookDeliveries",
                columns: new[] { "EndpointId", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_LeaseOwner",
                table: "WebhookDeliveries",
                column: "LeaseOwner");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_Status_NextAttemptAtUtc",
                table: "WebhookDeliveries",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            // Stored list amounts of existing documents (issue 14, ADR-022): computed once from their lines and payments.
            migrationBuilder.Sql(Facturation.Application.Invoicing.Listing.StoredAmountsBackfill.Sql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentReminders");

            migrationBuilder.DropTable(
                name: "RecurringInvoiceLines");

            migrationBuilder.DropTable(
                name: "RecurringInvoiceOccurrences");

            migrationBuilder.DropTable(
                name: "ReminderLevels");

            migrationBuilder.DropTable(
                name: "StatementArchives");

            migrationBuilder.DropTable(
                name: "StatementLine");

            migrationBuilder.DropTable(
                name: "WebhookCursor");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "RecurringInvoiceTemplates");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "WebhookEndpoints");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_List",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "StatementId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "CostTotal",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "CostedNet",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "DeliveryAddress_City",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "DeliveryAddress_Country",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "DeliveryAddress_Line1",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "DeliveryAddress_Line2",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "DeliveryAddress_PostalCode",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "FirstDownloadedAtUtc",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "LastModifiedAtUtc",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "LastReminderAtUtc",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "LastReminderLevel",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "LitigationReason",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "LitigationSinceUtc",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Remaining",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "RemindersOptOut",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "Reminders_AutomaticSending",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "Reminders_PenaltyInvoiceAtLastLevel",
                table: "Companies");
        }
    }
}
