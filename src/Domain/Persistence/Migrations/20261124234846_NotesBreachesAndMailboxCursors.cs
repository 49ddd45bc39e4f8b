using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NotesBreachesAndMailboxCursors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "notes",
                schema: "cms",
                table: "interactions",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "notes_recorded_at",
                schema: "cms",
                table: "interactions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "notes_recorded_by_id",
                schema: "cms",
                table: "interactions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "coverage_breaches",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rep_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coverage_breaches", x => x.id);
                    table.ForeignKey(
                        name: "fk_coverage_breaches_firm_users_rep_id",
                        column: x => x.rep_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_coverage_breaches_firm_users_reviewed_by_id",
                        column: x => x.reviewed_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_coverage_breaches_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_coverage_breaches_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mailbox_cursors",
                schema: "cms",
                columns: table => new
                {
                    firm_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stream = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    link = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    is_mid_sync = table.Column<bool>(type: "boolean", nullable: false),
                    last_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailbox_cursors", x => new { x.firm_user_id, x.stream });
                    table.ForeignKey(
                        name: "fk_mailbox_cursors_firm_users_firm_user_id",
                        column: x => x.firm_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_notes_recorded_by_id",
                schema: "cms",
                table: "interactions",
                column: "notes_recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_coverage_breaches_interaction_id_party_id_rep_id",
                schema: "cms",
                table: "coverage_breaches",
                columns: new[] { "interaction_id", "party_id", "rep_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_coverage_breaches_party_id",
                schema: "cms",
                table: "coverage_breaches",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "ix_coverage_breaches_rep_id_occurred_at",
                schema: "cms",
                table: "coverage_breaches",
                columns: new[] { "rep_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_coverage_breaches_reviewed_by_id",
                schema: "cms",
                table: "coverage_breaches",
                column: "reviewed_by_id");

            migrationBuilder.AddForeignKey(
                name: "fk_interactions_firm_users_notes_recorded_by_id",
                schema: "cms",
                table: "interactions",
                column: "notes_recorded_by_id",
                principalSchema: "cms",
                principalTable: "firm_users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_interactions_firm_users_notes_recorded_by_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropTable(
                name: "coverage_breaches",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "mailbox_cursors",
                schema: "cms");

            migrationBuilder.DropIndex(
                name: "ix_interactions_notes_recorded_by_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "notes",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "notes_recorded_at",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "notes_recorded_by_id",
                schema: "cms",
                table: "interactions");
        }
    }
}
