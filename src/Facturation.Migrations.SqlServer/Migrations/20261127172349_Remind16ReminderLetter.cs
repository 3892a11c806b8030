using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Remind16ReminderLetter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AttachLetter",
                table: "ReminderLevels",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "LetterPdf",
                table: "PaymentReminders",
                type: "varbinary(max)",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "ReminderLevels",
                keyColumn: "Id",
                keyValue: 1,
                column: "AttachLetter",
                value: false);

            migrationBuilder.UpdateData(
                table: "ReminderLevels",
                keyColumn: "Id",
                keyValue: 2,
                column: "AttachLetter",
                value: false);

            migrationBuilder.UpdateData(
                table: "ReminderLevels",
                keyColumn: "Id",
                keyValue: 3,
                column: "AttachLetter",
                value: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttachLetter",
                table: "ReminderLevels");

            migrationBuilder.DropColumn(
                name: "LetterPdf",
                table: "PaymentReminders");
        }
    }
}
