using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClientBookImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_imports_counts",
                schema: "cms",
                table: "imports");

            migrationBuilder.AddColumn<bool>(
                name: "dry_run",
                schema: "cms",
                table: "imports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "plan",
                schema: "cms",
                table: "imports",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "party_external_keys",
                schema: "cms",
                columns: table => new
                {
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_external_keys", x => x.external_id);
                    table.ForeignKey(
                        name: "fk_party_external_keys_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_imports_counts",
                schema: "cms",
                table: "imports",
                sql: "rows_done >= 0 AND created >= 0 AND matched >= 0 AND rejected >= 0 AND (status NOT IN ('Succeeded', 'Checked') OR created + matched = rows_done)");

            migrationBuilder.CreateIndex(
                name: "ix_party_external_keys_party_id",
                schema: "cms",
                table: "party_external_keys",
                column: "party_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "party_external_keys",
                schema: "cms");

            migrationBuilder.DropCheckConstraint(
                name: "ck_imports_counts",
                schema: "cms",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "dry_run",
                schema: "cms",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "plan",
                schema: "cms",
                table: "imports");

            migrationBuilder.AddCheckConstraint(
                name: "ck_imports_counts",
                schema: "cms",
                table: "imports",
                sql: "rows_done >= 0 AND created >= 0 AND matched >= 0 AND rejected >= 0 AND (status <> 'Succeeded' OR created + matched = rows_done)");
        }
    }
}
