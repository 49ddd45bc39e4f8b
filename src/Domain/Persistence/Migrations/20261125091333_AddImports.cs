using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imports",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    queued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    rows_done = table.Column<long>(type: "bigint", nullable: false),
                    bytes_done = table.Column<long>(type: "bigint", nullable: false),
                    created = table.Column<long>(type: "bigint", nullable: false),
                    matched = table.Column<long>(type: "bigint", nullable: false),
                    rejected = table.Column<long>(type: "bigint", nullable: false),
                    errors_truncated = table.Column<bool>(type: "boolean", nullable: false),
                    same_as_import_id = table.Column<Guid>(type: "uuid", nullable: true),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    errors = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => x.id);
                    table.CheckConstraint("ck_imports_counts", "rows_done >= 0 AND created >= 0 AND matched >= 0 AND rejected >= 0 AND (status <> 'Succeeded' OR created + matched = rows_done)");
                    table.CheckConstraint("ck_imports_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
                    table.ForeignKey(
                        name: "fk_imports_firm_users_by_id",
                        column: x => x.by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_imports_imports_same_as_import_id",
                        column: x => x.same_as_import_id,
                        principalSchema: "cms",
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_imports_by_id",
                schema: "cms",
                table: "imports",
                column: "by_id");

            migrationBuilder.CreateIndex(
                name: "ix_imports_kind_queued_at",
                schema: "cms",
                table: "imports",
                columns: new[] { "kind", "queued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_imports_same_as_import_id",
                schema: "cms",
                table: "imports",
                column: "same_as_import_id");

            migrationBuilder.CreateIndex(
                name: "ux_imports_kind_sha256_succeeded",
                schema: "cms",
                table: "imports",
                columns: new[] { "kind", "sha256" },
                unique: true,
                filter: "status = 'Succeeded'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imports",
                schema: "cms");
        }
    }
}
