using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccountsActivitiesDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActivityId",
                table: "Invoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PrintAuthorOnPdf",
                table: "Companies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChequeRemittances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChequeRemittances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedListViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedListViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedListViews_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserListPreferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Columns = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserListPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserListPreferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChequeRemittanceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaymentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RemittanceId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChequeRemittanceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChequeRemittanceItems_ChequeRemittances_RemittanceId",
                        column: x => x.RemittanceId,
                        principalTable: "ChequeRemittances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChequeRemittanceItems_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Journal",
                table: "Payments",
                columns: new[] { "Date", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_ActivityId",
                table: "Invoices",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Revenue",
                table: "Invoices",
                columns: new[] { "IssueDate", "Status", "Kind", "Type", "TotalNet", "CustomerId", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Code",
                table: "Activities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChequeRemittanceItems_PaymentId",
                table: "ChequeRemittanceItems",
                column: "PaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChequeRemittanceItems_RemittanceId",
                table: "ChequeRemittanceItems",
                column: "RemittanceId");

            migrationBuilder.CreateIndex(
                name: "IX_ChequeRemittances_Date",
                table: "ChequeRemittances",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_SavedListViews_UserId_List_Name",
                table: "SavedListViews",
                columns: new[] { "UserId", "List", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserListPreferences_UserId_List",
                table: "UserListPreferences",
                columns: new[] { "UserId", "List" },
                unique: true);

            migrationBuilder.Sql(Facturation.Application.Audit.OperationalLinkTriggers.UpSql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Facturation.Application.Audit.OperationalLinkTriggers.DownSql(migrationBuilder.ActiveProvider));

            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropTable(
                name: "ChequeRemittanceItems");

            migrationBuilder.DropTable(
                name: "SavedListViews");

            migrationBuilder.DropTable(
                name: "UserListPreferences");

            migrationBuilder.DropTable(
                name: "ChequeRemittances");

            migrationBuilder.DropIndex(
                name: "IX_Payments_Journal",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_ActivityId",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_Revenue",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "PrintAuthorOnPdf",
                table: "Companies");
        }
    }
}
