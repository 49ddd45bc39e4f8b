using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddCapture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "capture_decisions",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stream = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    graph_item_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    internet_message_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sender = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_capture_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_capture_decisions_firm_users_firm_user_id",
                        column: x => x.firm_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposed_prospects",
                schema: "cms",
                columns: table => new
                {
                    address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false),
                    display_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    message_count = table.Column<int>(type: "integer", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposed_prospects", x => x.address);
                    table.CheckConstraint("ck_proposed_prospects_address_lower", "address = lower(address)");
                    table.CheckConstraint("ck_proposed_prospects_count_positive", "message_count > 0");
                    table.ForeignKey(
                        name: "fk_proposed_prospects_firm_users_reviewed_by_id",
                        column: x => x.reviewed_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposed_prospects_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "prospect_sightings",
                schema: "cms",
                columns: table => new
                {
                    address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    internet_message_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_prospect_sightings", x => new { x.address, x.internet_message_id });
                });

            migrationBuilder.CreateTable(
                name: "quarantined_items",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stream = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    graph_item_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    internet_message_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    quarantined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quarantined_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_quarantined_items_firm_users_firm_user_id",
                        column: x => x.firm_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_capture_decisions_at",
                schema: "cms",
                table: "capture_decisions",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_capture_decisions_firm_user_id_stream_graph_item_id",
                schema: "cms",
                table: "capture_decisions",
                columns: new[] { "firm_user_id", "stream", "graph_item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_capture_decisions_interaction_id",
                schema: "cms",
                table: "capture_decisions",
                column: "interaction_id",
                filter: "interaction_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_capture_decisions_internet_message_id",
                schema: "cms",
                table: "capture_decisions",
                column: "internet_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_capture_decisions_sender_at",
                schema: "cms",
                table: "capture_decisions",
                columns: new[] { "sender", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_capture_decisions_subject_trgm",
                schema: "cms",
                table: "capture_decisions",
                column: "subject")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_proposed_prospects_party_id",
                schema: "cms",
                table: "proposed_prospects",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposed_prospects_reviewed_by_id",
                schema: "cms",
                table: "proposed_prospects",
                column: "reviewed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposed_prospects_status_last_seen_at",
                schema: "cms",
                table: "proposed_prospects",
                columns: new[] { "status", "last_seen_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_quarantined_items_firm_user_id_stream_graph_item_id",
                schema: "cms",
                table: "quarantined_items",
                columns: new[] { "firm_user_id", "stream", "graph_item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_quarantined_items_open",
                schema: "cms",
                table: "quarantined_items",
                column: "quarantined_at",
                filter: "released_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capture_decisions",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "proposed_prospects",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "prospect_sightings",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "quarantined_items",
                schema: "cms");
        }
    }
}
