using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <summary>
    /// The daily follow-up scan and cadence over a whole book or firm (bench/follow-ups): every party's contacts in a
    /// window from one index; cancelled meetings and notes as small partial indexes, probed instead of the wide
    /// interactions table; meetings by their end, for the meeting-notes rule.
    /// </summary>
    public partial class FollowUpScanIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_interactions_cancelled",
                schema: "cms",
                table: "interactions",
                column: "id",
                filter: "is_cancelled");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_meeting_ends",
                schema: "cms",
                table: "interactions",
                column: "ends_at",
                filter: "channel = 'Meeting' OR channel = 'InPerson'");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_notes",
                schema: "cms",
                table: "interactions",
                column: "id",
                filter: "channel = 'Note'");

            migrationBuilder.CreateIndex(
                name: "ix_interaction_parties_occurred_at",
                schema: "cms",
                table: "interaction_parties",
                column: "occurred_at")
                .Annotation("Npgsql:IndexInclude", new[] { "party_id", "interaction_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_interactions_cancelled",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_meeting_ends",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_notes",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interaction_parties_occurred_at",
                schema: "cms",
                table: "interaction_parties");
        }
    }
}
