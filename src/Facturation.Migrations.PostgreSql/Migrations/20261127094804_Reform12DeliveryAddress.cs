using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Reform12DeliveryAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_City",
                table: "Invoices",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_Country",
                table: "Invoices",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_Line1",
                table: "Invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_Line2",
                table: "Invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryAddress_PostalCode",
                table: "Invoices",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
