using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Store15ArchiveStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<byte[]>(
                name: "Content",
                table: "StatementArchives",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AddColumn<string>(
                name: "BlobName",
                table: "StatementArchives",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Size",
                table: "StatementArchives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AlterColumn<byte[]>(
                name: "Content",
                table: "InvoiceXmlArchives",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AddColumn<string>(
                name: "BlobName",
                table: "InvoiceXmlArchives",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Size",
                table: "InvoiceXmlArchives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AlterColumn<byte[]>(
                name: "Content",
                table: "InvoiceArchives",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AddColumn<string>(
                name: "BlobName",
                table: "InvoiceArchives",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Size",
                table: "InvoiceArchives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(Facturation.Application.Archiving.ArchiveStoreMigration.UpSql(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BlobName",
                table: "StatementArchives");

            migrationBuilder.DropColumn(
                name: "Size",
                table: "StatementArchives");

            migrationBuilder.DropColumn(
                name: "BlobName",
                table: "InvoiceXmlArchives");

            migrationBuilder.DropColumn(
                name: "Size",
                table: "InvoiceXmlArchives");

            migrationBuilder.DropColumn(
                name: "BlobName",
                table: "InvoiceArchives");

            migrationBuilder.DropColumn(
                name: "Size",
                table: "InvoiceArchives");

            migrationBuilder.AlterColumn<byte[]>(
                name: "Content",
                table: "StatementArchives",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);

            migrationBuilder.AlterColumn<byte[]>(
                name: "Content",
                table: "InvoiceXmlArchives",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);

            migrationBuilder.AlterColumn<byte[]>(
                name: "Content",
                table: "InvoiceArchives",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);

            migrationBuilder.Sql(Facturation.Application.Archiving.ArchiveStoreMigration.DownSql(migrationBuilder.ActiveProvider));
        }
    }
}
