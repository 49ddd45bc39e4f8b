using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ScorecardPeriodClose : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "closed_periods",
                schema: "cms",
                columns: table => new
                {
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    closed_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reps = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_closed_periods", x => x.period);
                    table.CheckConstraint("ck_closed_periods_period", "period ~ '^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$'");
                    table.ForeignKey(
                        name: "fk_closed_periods_firm_users_closed_by_id",
                        column: x => x.closed_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_snapshots",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    rep_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scorecard = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scorecard_snapshots", x => x.id);
                    table.ForeignKey(
                        name: "fk_scorecard_snapshots_closed_periods_period",
                        column: x => x.period,
                        principalSchema: "cms",
                        principalTable: "closed_periods",
                        principalColumn: "period",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_scorecard_snapshots_firm_users_rep_id",
                        column: x => x.rep_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_closed_periods_closed_by_id",
                schema: "cms",
                table: "closed_periods",
                column: "closed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_scorecard_snapshots_period_rep_id",
                schema: "cms",
                table: "scorecard_snapshots",
                columns: new[] { "period", "rep_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_scorecard_snapshots_rep_id",
                schema: "cms",
                table: "scorecard_snapshots",
                column: "rep_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scorecard_snapshots",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "closed_periods",
                schema: "cms");
        }
    }
}
