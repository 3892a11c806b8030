using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NumberingDatesTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_SeriesId_Number",
                table: "Invoices");

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

            migrationBuilder.AddColumn<int>(
                name: "BackdatingDays",
                table: "Companies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Companies",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Paris");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_Number",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_SeriesId",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "PreviousReset",
                table: "NumberingSeries");

            migrationBuilder.DropColumn(
                name: "ResetFrom",
                table: "NumberingSeries");

            migrationBuilder.DropColumn(
                name: "BackdatingDays",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
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
