using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DigestIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_owner_id_due_at",
                schema: "cms",
                table: "follow_ups",
                columns: new[] { "owner_id", "due_at" },
                filter: "status = 'Open' OR status = 'Snoozed'")
                .Annotation("Npgsql:IndexInclude", new[] { "snoozed_until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_ups_owner_id_due_at",
                schema: "cms",
                table: "follow_ups");
        }
    }
}
