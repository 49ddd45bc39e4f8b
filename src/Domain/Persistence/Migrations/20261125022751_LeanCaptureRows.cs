using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LeanCaptureRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_interactions_logged_by_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_notes_recorded_by_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropPrimaryKey(
                name: "pk_capture_decisions",
                schema: "cms",
                table: "capture_decisions");

            migrationBuilder.DropIndex(
                name: "ix_capture_decisions_at",
                schema: "cms",
                table: "capture_decisions");

            migrationBuilder.DropIndex(
                name: "ix_capture_decisions_firm_user_id_stream_graph_item_id",
                schema: "cms",
                table: "capture_decisions");

            migrationBuilder.DropIndex(
                name: "ix_capture_decisions_interaction_id",
                schema: "cms",
                table: "capture_decisions");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_actor_user_id_at",
                schema: "cms",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_at",
                schema: "cms",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "id",
                schema: "cms",
                table: "capture_decisions");

            migrationBuilder.AddPrimaryKey(
                name: "pk_capture_decisions",
                schema: "cms",
                table: "capture_decisions",
                columns: new[] { "firm_user_id", "stream", "graph_item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_logged_by_id",
                schema: "cms",
                table: "interactions",
                column: "logged_by_id",
                filter: "logged_by_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_notes_recorded_by_id",
                schema: "cms",
                table: "interactions",
                column: "notes_recorded_by_id",
                filter: "notes_recorded_by_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_capture_decisions_at",
                schema: "cms",
                table: "capture_decisions",
                column: "at")
                .Annotation("Npgsql:IndexMethod", "brin");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_user_id_at",
                schema: "cms",
                table: "audit_entries",
                columns: new[] { "actor_user_id", "at" },
                filter: "actor_user_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                schema: "cms",
                table: "audit_entries",
                column: "at")
                .Annotation("Npgsql:IndexMethod", "brin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_interactions_logged_by_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_notes_recorded_by_id",
                schema: "cms",
                table: "interactions");

            migrationBuilder.DropPrimaryKey(
                name: "pk_capture_decisions",
                schema: "cms",
                table: "capture_decisions");

            migrationBuilder.DropIndex(
                name: "ix_capture_decisions_at",
                schema: "cms",
                table: "capture_decisions");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_actor_user_id_at",
                schema: "cms",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_at",
                schema: "cms",
                table: "audit_entries");

            migrationBuilder.AddColumn<Guid>(
                name: "id",
                schema: "cms",
                table: "capture_decisions",
                type: "uuid",
                nullable: false,
                defaultValueSql: "gen_random_uuid()");

            migrationBuilder.AddPrimaryKey(
                name: "pk_capture_decisions",
                schema: "cms",
                table: "capture_decisions",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_logged_by_id",
                schema: "cms",
                table: "interactions",
                column: "logged_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_notes_recorded_by_id",
                schema: "cms",
                table: "interactions",
                column: "notes_recorded_by_id");

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
                name: "ix_audit_entries_actor_user_id_at",
                schema: "cms",
                table: "audit_entries",
                columns: new[] { "actor_user_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                schema: "cms",
                table: "audit_entries",
                column: "at");
        }
    }
}
