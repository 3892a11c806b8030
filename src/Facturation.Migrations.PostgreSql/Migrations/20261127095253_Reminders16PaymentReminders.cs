using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Facturation.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Reminders16PaymentReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastReminderAtUtc",
                table: "Invoices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastReminderLevel",
                table: "Invoices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LitigationReason",
                table: "Invoices",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LitigationSinceUtc",
                table: "Invoices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RemindersOptOut",
                table: "Customers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Reminders_AutomaticSending",
                table: "Companies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Reminders_PenaltyInvoiceAtLastLevel",
                table: "Companies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PaymentReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InvoiceId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    LevelName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DaysLate = table.Column<int>(type: "integer", nullable: false),
                    Remaining = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Penalty = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RecoveryIndemnity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Recipients = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    OutboxMessageId = table.Column<int>(type: "integer", nullable: true),
                    SentById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SentByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                name: "ReminderLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DaysAfterDue = table.Column<int>(type: "integer", nullable: false),
                    SubjectTemplate = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    BodyTemplate = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderLevels", x => x.Id);
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
                name: "IX_ReminderLevels_Level",
                table: "ReminderLevels",
                column: "Level",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentReminders");

            migrationBuilder.DropTable(
                name: "ReminderLevels");

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
