using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OpenFollowUpsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_reason_party_id",
                schema: "cms",
                table: "follow_ups",
                columns: new[] { "reason", "party_id" },
                filter: "status = 'Open' OR status = 'Snoozed'")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "source_interaction_id", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_ups_reason_party_id",
                schema: "cms",
                table: "follow_ups");
        }
    }
}
