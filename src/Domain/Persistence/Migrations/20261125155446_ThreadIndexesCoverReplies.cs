using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ThreadIndexesCoverReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_interactions_conversation_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_in_reply_to_message_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_conversation_id",
                schema: "cms",
                table: "interactions",
                column: "conversation_id",
                filter: "conversation_id IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "channel", "direction", "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_in_reply_to_message_id",
                schema: "cms",
                table: "interactions",
                column: "in_reply_to_message_id",
                filter: "in_reply_to_message_id IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "channel", "direction", "occurred_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_interactions_conversation_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_in_reply_to_message_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_conversation_id",
                schema: "cms",
                table: "interactions",
                column: "conversation_id",
                filter: "conversation_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_in_reply_to_message_id",
                schema: "cms",
                table: "interactions",
                column: "in_reply_to_message_id",
                filter: "in_reply_to_message_id IS NOT NULL");
        }
    }
}
