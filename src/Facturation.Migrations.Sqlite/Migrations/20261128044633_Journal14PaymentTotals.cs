using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Journal14PaymentTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PaymentJournalTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountUnits = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentJournalTotals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentJournalTotals_Date_Method_Direction_Status",
                table: "PaymentJournalTotals",
                columns: new[] { "Date", "Method", "Direction", "Status" });

            migrationBuilder.Sql(Facturation.Application.Payments.Journal.PaymentJournalTotalsSql.CreateSql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Facturation.Application.Payments.Journal.PaymentJournalTotalsSql.DropSql(migrationBuilder.ActiveProvider));

            migrationBuilder.DropTable(
                name: "PaymentJournalTotals");
        }
    }
}
