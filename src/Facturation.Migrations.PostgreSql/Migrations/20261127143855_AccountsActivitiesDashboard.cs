using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Facturation.Migrations.PostgreSql.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PrintAuthorOnPdf",
                table: "Companies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChequeRemittances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    BankAccount = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChequeRemittances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedListViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    List = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    List = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Columns = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PaymentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    RemittanceId = table.Column<int>(type: "integer", nullable: false)
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
