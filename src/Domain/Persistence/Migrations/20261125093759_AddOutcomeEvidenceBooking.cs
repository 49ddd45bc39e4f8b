using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddOutcomeEvidenceBooking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "evidence_booking_id",
                schema: "cms",
                table: "outcomes",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_evidence_booking_id",
                schema: "cms",
                table: "outcomes",
                column: "evidence_booking_id",
                unique: true,
                filter: "evidence_booking_id IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_outcomes_booked_activities_evidence_booking_id",
                schema: "cms",
                table: "outcomes",
                column: "evidence_booking_id",
                principalSchema: "cms",
                principalTable: "booked_activities",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_outcomes_booked_activities_evidence_booking_id",
                schema: "cms",
                table: "outcomes");

            migrationBuilder.DropIndex(
                name: "ix_outcomes_evidence_booking_id",
                schema: "cms",
                table: "outcomes");

            migrationBuilder.DropColumn(
                name: "evidence_booking_id",
                schema: "cms",
                table: "outcomes");
        }
    }
}
