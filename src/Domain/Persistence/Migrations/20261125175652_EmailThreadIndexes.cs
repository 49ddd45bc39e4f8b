using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EmailThreadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_interactions_inbound_email",
                schema: "cms",
                table: "interactions",
                column: "occurred_at",
                filter: "channel = 'Email' AND direction = 'Inbound'")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "conversation_id", "internet_message_id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_outbound_email",
                schema: "cms",
                table: "interactions",
                column: "occurred_at",
                filter: "channel = 'Email' AND direction = 'Outbound'")
                .Annotation("Npgsql:IndexInclude", new[] { "conversation_id", "in_reply_to_message_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_interactions_inbound_email",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_outbound_email",
                schema: "cms",
                table: "interactions");
        }
    }
}
