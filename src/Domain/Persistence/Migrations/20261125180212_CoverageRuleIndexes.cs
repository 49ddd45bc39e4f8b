using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoverageRuleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_parties_restricted",
                schema: "cms",
                table: "parties");

            migrationBuilder.CreateIndex(
                name: "ix_parties_restricted",
                schema: "cms",
                table: "parties",
                column: "id",
                filter: "is_restricted")
                .Annotation("Npgsql:IndexInclude", new[] { "household_id", "merged_into_id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_logged",
                schema: "cms",
                table: "interactions",
                column: "id",
                filter: "logged_by_id IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "logged_by_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_parties_restricted",
                schema: "cms",
                table: "parties");

            migrationBuilder.DropIndex(
                name: "ix_interactions_logged",
                schema: "cms",
                table: "interactions");

            migrationBuilder.CreateIndex(
                name: "ix_parties_restricted",
                schema: "cms",
                table: "parties",
                column: "id",
                filter: "is_restricted");
        }
    }
}
