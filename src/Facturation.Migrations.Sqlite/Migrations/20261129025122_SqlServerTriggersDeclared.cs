using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Facturation.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SqlServerTriggersDeclared : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
