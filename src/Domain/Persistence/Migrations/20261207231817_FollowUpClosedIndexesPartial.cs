using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpClosedIndexesPartial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_ups_closed_by_id",
                schema: "cms",
                table: "follow_ups");

            migrationBuilder.DropIndex(
                name: "ix_follow_ups_closing_interaction_id",
                schema: "cms",
                table: "follow_ups");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_closed_by_id",
                schema: "cms",
                table: "follow_ups",
                column: "closed_by_id",
                filter: "closed_by_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_closing_interaction_id",
                schema: "cms",
                table: "follow_ups",
                column: "closing_interaction_id",
                filter: "closing_interaction_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_ups_closed_by_id",
                schema: "cms",
                table: "follow_ups");

            migrationBuilder.DropIndex(
                name: "ix_follow_ups_closing_interaction_id",
                schema: "cms",
                table: "follow_ups");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_closed_by_id",
                schema: "cms",
                table: "follow_ups",
                column: "closed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_closing_interaction_id",
                schema: "cms",
                table: "follow_ups",
                column: "closing_interaction_id");
        }
    }
}
