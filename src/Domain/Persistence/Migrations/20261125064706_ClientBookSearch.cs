using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClientBookSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "digits",
                schema: "cms",
                table: "phones",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                computedColumnSql: "regexp_replace(number, '[^0-9]', '', 'g')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_phones_digits_trgm",
                schema: "cms",
                table: "phones",
                column: "digits")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_email_addresses_address_trgm",
                schema: "cms",
                table: "email_addresses",
                column: "address")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_phones_digits_trgm",
                schema: "cms",
                table: "phones");

            migrationBuilder.DropIndex(
                name: "ix_email_addresses_address_trgm",
                schema: "cms",
                table: "email_addresses");

            migrationBuilder.DropColumn(
                name: "digits",
                schema: "cms",
                table: "phones");
        }
    }
}
