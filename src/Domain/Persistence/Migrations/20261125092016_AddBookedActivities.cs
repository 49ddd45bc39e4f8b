using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddBookedActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "booked_activities",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: true),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    booked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booked_activities", x => x.id);
                    table.CheckConstraint("ck_booked_activities_amount_positive", "amount > 0");
                    table.CheckConstraint("ck_booked_activities_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_booked_activities_party_or_household", "num_nonnulls(party_id, household_id) >= 1");
                    table.ForeignKey(
                        name: "fk_booked_activities_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "cms",
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_booked_activities_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "cms",
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_booked_activities_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_booked_activities_account_reference_booked_on_type_amount_c",
                schema: "cms",
                table: "booked_activities",
                columns: new[] { "account", "reference", "booked_on", "type", "amount", "currency" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_booked_activities_household_id_booked_on",
                schema: "cms",
                table: "booked_activities",
                columns: new[] { "household_id", "booked_on" },
                filter: "household_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_booked_activities_import_id",
                schema: "cms",
                table: "booked_activities",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_booked_activities_party_id_booked_on",
                schema: "cms",
                table: "booked_activities",
                columns: new[] { "party_id", "booked_on" },
                filter: "party_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booked_activities",
                schema: "cms");
        }
    }
}
