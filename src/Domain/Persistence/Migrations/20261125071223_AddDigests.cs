using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "digests",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    draft_message_id = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    overdue_count = table.Column<int>(type: "integer", nullable: false),
                    due_today_count = table.Column<int>(type: "integer", nullable: false),
                    escalated_count = table.Column<int>(type: "integer", nullable: false),
                    worker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    drafts_created = table.Column<int>(type: "integer", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    draft_created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digests", x => x.id);
                    table.CheckConstraint("ck_digests_draft_has_id", "status = 'Claimed' OR draft_message_id IS NOT NULL");
                    table.CheckConstraint("ck_digests_sent_has_time", "status <> 'Sent' OR sent_at IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_digests_firm_users_recipient_id",
                        column: x => x.recipient_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_digests_recipient_id_local_date",
                schema: "cms",
                table: "digests",
                columns: new[] { "recipient_id", "local_date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digests",
                schema: "cms");
        }
    }
}
