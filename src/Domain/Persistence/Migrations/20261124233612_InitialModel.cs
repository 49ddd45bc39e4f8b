using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cms");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tiers",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    cadence_min_every_days = table.Column<int>(type: "integer", nullable: false),
                    cadence_max_contacts = table.Column<int>(type: "integer", nullable: false),
                    cadence_window_days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tiers", x => x.id);
                    table.CheckConstraint("ck_tiers_cadence_positive", "cadence_min_every_days > 0 AND cadence_max_contacts > 0 AND cadence_window_days > 0");
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cost_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    cost_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    product_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiatives", x => x.id);
                    table.CheckConstraint("ck_initiatives_cost_currency", "cost_currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_initiatives_cost_not_negative", "cost_amount >= 0");
                    table.CheckConstraint("ck_initiatives_ends_after_start", "ends_on IS NULL OR ends_on >= starts_on");
                    table.ForeignKey(
                        name: "fk_initiatives_products_product_id",
                        column: x => x.product_id,
                        principalSchema: "cms",
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "materials",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    edition = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_materials", x => x.id);
                    table.ForeignKey(
                        name: "fk_materials_products_product_id",
                        column: x => x.product_id,
                        principalSchema: "cms",
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assets_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    assets_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    tier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_restricted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_households", x => x.id);
                    table.CheckConstraint("ck_households_assets_currency", "assets_currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_households_assets_not_negative", "assets_amount >= 0");
                    table.ForeignKey(
                        name: "fk_households_tiers_tier_id",
                        column: x => x.tier_id,
                        principalSchema: "cms",
                        principalTable: "tiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "coverage_assignments",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: true),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    adviser_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    to_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coverage_assignments", x => x.id);
                    table.CheckConstraint("ck_coverage_party_xor_household", "num_nonnulls(party_id, household_id) = 1");
                    table.CheckConstraint("ck_coverage_to_after_from", "to_at IS NULL OR to_at >= from_at");
                    table.ForeignKey(
                        name: "fk_coverage_assignments_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "cms",
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "email_addresses",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_addresses", x => x.id);
                    table.CheckConstraint("ck_email_addresses_lower", "address = lower(address)");
                });

            migrationBuilder.CreateTable(
                name: "firm_users",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    entra_object_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    time_zone_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    specialty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    manager_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firm_users", x => x.id);
                    table.CheckConstraint("ck_firm_users_email_lower", "email = lower(email)");
                    table.ForeignKey(
                        name: "fk_firm_users_firm_users_manager_id",
                        column: x => x.manager_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interactions",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    direction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    internet_message_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    in_reply_to_message_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    conversation_id = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ical_uid = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    occurrence_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    natural_key = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    logged_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interactions", x => x.id);
                    table.CheckConstraint("ck_interactions_captured_have_key", "source <> 'Captured' OR natural_key IS NOT NULL");
                    table.CheckConstraint("ck_interactions_ends_after_start", "ends_at IS NULL OR ends_at >= occurred_at");
                    table.ForeignKey(
                        name: "fk_interactions_firm_users_logged_by_id",
                        column: x => x.logged_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    desk = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    manager_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.ForeignKey(
                        name: "fk_teams_firm_users_manager_id",
                        column: x => x.manager_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "interaction_initiatives",
                schema: "cms",
                columns: table => new
                {
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tagged_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_initiatives", x => new { x.interaction_id, x.initiative_id });
                    table.ForeignKey(
                        name: "fk_interaction_initiatives_firm_users_tagged_by_id",
                        column: x => x.tagged_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_interaction_initiatives_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalSchema: "cms",
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_interaction_initiatives_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interaction_reps",
                schema: "cms",
                columns: table => new
                {
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_reps", x => new { x.interaction_id, x.firm_user_id, x.role });
                    table.ForeignKey(
                        name: "fk_interaction_reps_firm_users_firm_user_id",
                        column: x => x.firm_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_interaction_reps_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    source_interaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rule_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    snoozed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    snooze_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_how = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closing_interaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                    table.CheckConstraint("ck_follow_ups_closed_have_time", "status NOT IN ('Completed', 'AutoClosed') OR closed_at IS NOT NULL");
                    table.CheckConstraint("ck_follow_ups_rules_have_key", "reason = 'Manual' OR rule_key IS NOT NULL");
                    table.CheckConstraint("ck_follow_ups_snoozed_have_until", "status <> 'Snoozed' OR snoozed_until IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_follow_ups_firm_users_closed_by_id",
                        column: x => x.closed_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_ups_firm_users_owner_id",
                        column: x => x.owner_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_ups_interactions_closing_interaction_id",
                        column: x => x.closing_interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_ups_interactions_source_interaction_id",
                        column: x => x.source_interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "interaction_parties",
                schema: "cms",
                columns: table => new
                {
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    matched_address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interaction_parties", x => new { x.interaction_id, x.party_id, x.role });
                    table.ForeignKey(
                        name: "fk_interaction_parties_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "materials_sent",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    material_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_materials_sent", x => x.id);
                    table.ForeignKey(
                        name: "fk_materials_sent_firm_users_sent_by_id",
                        column: x => x.sent_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_materials_sent_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_materials_sent_materials_material_id",
                        column: x => x.material_id,
                        principalSchema: "cms",
                        principalTable: "materials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "offices",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "parties",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    display_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    tier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_restricted = table.Column<bool>(type: "boolean", nullable: false),
                    cadence_min_every_days = table.Column<int>(type: "integer", nullable: true),
                    cadence_max_contacts = table.Column<int>(type: "integer", nullable: true),
                    cadence_window_days = table.Column<int>(type: "integer", nullable: true),
                    merged_into_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    legal_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    office_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    role_at_organisation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    influence_weight = table.Column<int>(type: "integer", nullable: true),
                    reports_to_id = table.Column<Guid>(type: "uuid", nullable: true),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parties", x => x.id);
                    table.CheckConstraint("ck_parties_cadence_all_or_none", "num_nulls(cadence_min_every_days, cadence_max_contacts, cadence_window_days) IN (0, 3)");
                    table.CheckConstraint("ck_parties_cadence_positive", "cadence_min_every_days IS NULL OR (cadence_min_every_days > 0 AND cadence_max_contacts > 0 AND cadence_window_days > 0)");
                    table.CheckConstraint("ck_parties_influence_weight", "influence_weight BETWEEN 0 AND 100");
                    table.CheckConstraint("ck_parties_not_merged_into_itself", "merged_into_id <> id");
                    table.ForeignKey(
                        name: "fk_parties_departments_department_id",
                        column: x => x.department_id,
                        principalSchema: "cms",
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_parties_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "cms",
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_parties_offices_office_id",
                        column: x => x.office_id,
                        principalSchema: "cms",
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_parties_parties_merged_into_id",
                        column: x => x.merged_into_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_parties_parties_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_parties_parties_reports_to_id",
                        column: x => x.reports_to_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_parties_tiers_tier_id",
                        column: x => x.tier_id,
                        principalSchema: "cms",
                        principalTable: "tiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "organisation_domains",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_domains", x => x.id);
                    table.CheckConstraint("ck_organisation_domains_lower", "domain = lower(domain)");
                    table.ForeignKey(
                        name: "fk_organisation_domains_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outcomes",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    expected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    party_id = table.Column<Guid>(type: "uuid", nullable: true),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reported_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcomes", x => x.id);
                    table.CheckConstraint("ck_outcomes_amount_positive", "amount > 0");
                    table.CheckConstraint("ck_outcomes_currency", "currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_outcomes_decided_have_decider", "status NOT IN ('Confirmed', 'Rejected') OR (decided_by_id IS NOT NULL AND decided_at IS NOT NULL)");
                    table.CheckConstraint("ck_outcomes_decider_is_not_reporter", "decided_by_id IS NULL OR decided_by_id <> reported_by_id");
                    table.CheckConstraint("ck_outcomes_party_or_household", "num_nonnulls(party_id, household_id) >= 1");
                    table.ForeignKey(
                        name: "fk_outcomes_firm_users_decided_by_id",
                        column: x => x.decided_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outcomes_firm_users_reported_by_id",
                        column: x => x.reported_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outcomes_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "cms",
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outcomes_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "party_initiatives",
                schema: "cms",
                columns: table => new
                {
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tagged_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_initiatives", x => new { x.party_id, x.initiative_id });
                    table.ForeignKey(
                        name: "fk_party_initiatives_firm_users_tagged_by_id",
                        column: x => x.tagged_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_party_initiatives_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalSchema: "cms",
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_party_initiatives_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "party_shares",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shared_with_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shared_with_team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shared_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_shares", x => x.id);
                    table.CheckConstraint("ck_party_shares_user_xor_team", "num_nonnulls(shared_with_user_id, shared_with_team_id) = 1");
                    table.ForeignKey(
                        name: "fk_party_shares_firm_users_shared_by_id",
                        column: x => x.shared_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_party_shares_firm_users_shared_with_user_id",
                        column: x => x.shared_with_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_party_shares_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_party_shares_teams_shared_with_team_id",
                        column: x => x.shared_with_team_id,
                        principalSchema: "cms",
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "phones",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_phones", x => x.id);
                    table.ForeignKey(
                        name: "fk_phones_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "postal_addresses",
                schema: "cms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    line3 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postcode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_postal_addresses", x => x.id);
                    table.CheckConstraint("ck_postal_addresses_country", "country_code ~ '^[A-Z]{2}$'");
                    table.ForeignKey(
                        name: "fk_postal_addresses_parties_party_id",
                        column: x => x.party_id,
                        principalSchema: "cms",
                        principalTable: "parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outcome_initiatives",
                schema: "cms",
                columns: table => new
                {
                    outcome_id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tagged_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcome_initiatives", x => new { x.outcome_id, x.initiative_id });
                    table.ForeignKey(
                        name: "fk_outcome_initiatives_firm_users_tagged_by_id",
                        column: x => x.tagged_by_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_outcome_initiatives_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalSchema: "cms",
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_outcome_initiatives_outcomes_outcome_id",
                        column: x => x.outcome_id,
                        principalSchema: "cms",
                        principalTable: "outcomes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outcome_interactions",
                schema: "cms",
                columns: table => new
                {
                    outcome_id = table.Column<Guid>(type: "uuid", nullable: false),
                    interaction_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcome_interactions", x => new { x.outcome_id, x.interaction_id });
                    table.ForeignKey(
                        name: "fk_outcome_interactions_interactions_interaction_id",
                        column: x => x.interaction_id,
                        principalSchema: "cms",
                        principalTable: "interactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outcome_interactions_outcomes_outcome_id",
                        column: x => x.outcome_id,
                        principalSchema: "cms",
                        principalTable: "outcomes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id_at",
                schema: "cms",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_coverage_active_household",
                schema: "cms",
                table: "coverage_assignments",
                columns: new[] { "household_id", "adviser_id" },
                filter: "to_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_coverage_active_party",
                schema: "cms",
                table: "coverage_assignments",
                columns: new[] { "party_id", "adviser_id" },
                filter: "to_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_coverage_assignments_adviser_id",
                schema: "cms",
                table: "coverage_assignments",
                column: "adviser_id");

            migrationBuilder.CreateIndex(
                name: "ix_departments_office_id",
                schema: "cms",
                table: "departments",
                column: "office_id");

            migrationBuilder.CreateIndex(
                name: "ix_departments_organisation_id_name",
                schema: "cms",
                table: "departments",
                columns: new[] { "organisation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_email_addresses_address",
                schema: "cms",
                table: "email_addresses",
                column: "address");

            migrationBuilder.CreateIndex(
                name: "ix_email_addresses_party_id_address",
                schema: "cms",
                table: "email_addresses",
                columns: new[] { "party_id", "address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_email_addresses_one_primary",
                schema: "cms",
                table: "email_addresses",
                column: "party_id",
                unique: true,
                filter: "is_primary");

            migrationBuilder.CreateIndex(
                name: "ix_firm_users_email",
                schema: "cms",
                table: "firm_users",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_firm_users_entra_object_id",
                schema: "cms",
                table: "firm_users",
                column: "entra_object_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_firm_users_manager_id",
                schema: "cms",
                table: "firm_users",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_firm_users_team_id",
                schema: "cms",
                table: "firm_users",
                column: "team_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_owner_id_status_due_at",
                schema: "cms",
                table: "follow_ups",
                columns: new[] { "owner_id", "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_party_id_status",
                schema: "cms",
                table: "follow_ups",
                columns: new[] { "party_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_rule_key",
                schema: "cms",
                table: "follow_ups",
                column: "rule_key",
                unique: true,
                filter: "rule_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_source_interaction_id",
                schema: "cms",
                table: "follow_ups",
                column: "source_interaction_id",
                filter: "source_interaction_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_households_name_trgm",
                schema: "cms",
                table: "households",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_households_tier_id",
                schema: "cms",
                table: "households",
                column: "tier_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_name",
                schema: "cms",
                table: "initiatives",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_product_id_starts_on",
                schema: "cms",
                table: "initiatives",
                columns: new[] { "product_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_interaction_initiatives_initiative_id",
                schema: "cms",
                table: "interaction_initiatives",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_interaction_initiatives_tagged_by_id",
                schema: "cms",
                table: "interaction_initiatives",
                column: "tagged_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_interaction_parties_party_id_occurred_at",
                schema: "cms",
                table: "interaction_parties",
                columns: new[] { "party_id", "occurred_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_interaction_reps_firm_user_id_occurred_at",
                schema: "cms",
                table: "interaction_reps",
                columns: new[] { "firm_user_id", "occurred_at" },
                descending: new[] { false, true });

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

            migrationBuilder.CreateIndex(
                name: "ix_interactions_logged_by_id",
                schema: "cms",
                table: "interactions",
                column: "logged_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_natural_key",
                schema: "cms",
                table: "interactions",
                column: "natural_key",
                unique: true,
                filter: "natural_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_interactions_occurred_at",
                schema: "cms",
                table: "interactions",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_materials_product_id",
                schema: "cms",
                table: "materials",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_materials_sent_interaction_id",
                schema: "cms",
                table: "materials_sent",
                column: "interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_materials_sent_material_id_party_id",
                schema: "cms",
                table: "materials_sent",
                columns: new[] { "material_id", "party_id" });

            migrationBuilder.CreateIndex(
                name: "ix_materials_sent_party_id_sent_at",
                schema: "cms",
                table: "materials_sent",
                columns: new[] { "party_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_materials_sent_sent_by_id",
                schema: "cms",
                table: "materials_sent",
                column: "sent_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_offices_address_id",
                schema: "cms",
                table: "offices",
                column: "address_id");

            migrationBuilder.CreateIndex(
                name: "ix_offices_organisation_id_name",
                schema: "cms",
                table: "offices",
                columns: new[] { "organisation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_domains_domain",
                schema: "cms",
                table: "organisation_domains",
                column: "domain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisation_domains_organisation_id",
                schema: "cms",
                table: "organisation_domains",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcome_initiatives_initiative_id",
                schema: "cms",
                table: "outcome_initiatives",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcome_initiatives_tagged_by_id",
                schema: "cms",
                table: "outcome_initiatives",
                column: "tagged_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcome_interactions_interaction_id",
                schema: "cms",
                table: "outcome_interactions",
                column: "interaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_decided_by_id",
                schema: "cms",
                table: "outcomes",
                column: "decided_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_household_id",
                schema: "cms",
                table: "outcomes",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_party_id",
                schema: "cms",
                table: "outcomes",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_reported_by_id_reported_at",
                schema: "cms",
                table: "outcomes",
                columns: new[] { "reported_by_id", "reported_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_status_reported_at",
                schema: "cms",
                table: "outcomes",
                columns: new[] { "status", "reported_at" });

            migrationBuilder.CreateIndex(
                name: "ix_parties_department_id",
                schema: "cms",
                table: "parties",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_parties_display_name_trgm",
                schema: "cms",
                table: "parties",
                column: "display_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_parties_household_id",
                schema: "cms",
                table: "parties",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "ix_parties_merged_into_id",
                schema: "cms",
                table: "parties",
                column: "merged_into_id",
                filter: "merged_into_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_parties_office_id",
                schema: "cms",
                table: "parties",
                column: "office_id");

            migrationBuilder.CreateIndex(
                name: "ix_parties_organisation_id",
                schema: "cms",
                table: "parties",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_parties_reports_to_id",
                schema: "cms",
                table: "parties",
                column: "reports_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_parties_restricted",
                schema: "cms",
                table: "parties",
                column: "id",
                filter: "is_restricted");

            migrationBuilder.CreateIndex(
                name: "ix_parties_tier_id",
                schema: "cms",
                table: "parties",
                column: "tier_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_initiatives_initiative_id",
                schema: "cms",
                table: "party_initiatives",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_initiatives_tagged_by_id",
                schema: "cms",
                table: "party_initiatives",
                column: "tagged_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_shares_party_id_shared_with_team_id",
                schema: "cms",
                table: "party_shares",
                columns: new[] { "party_id", "shared_with_team_id" });

            migrationBuilder.CreateIndex(
                name: "ix_party_shares_party_id_shared_with_user_id",
                schema: "cms",
                table: "party_shares",
                columns: new[] { "party_id", "shared_with_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_party_shares_shared_by_id",
                schema: "cms",
                table: "party_shares",
                column: "shared_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_shares_shared_with_team_id",
                schema: "cms",
                table: "party_shares",
                column: "shared_with_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_shares_shared_with_user_id",
                schema: "cms",
                table: "party_shares",
                column: "shared_with_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_phones_party_id",
                schema: "cms",
                table: "phones",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "ix_postal_addresses_party_id_kind",
                schema: "cms",
                table: "postal_addresses",
                columns: new[] { "party_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_products_code",
                schema: "cms",
                table: "products",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teams_manager_id",
                schema: "cms",
                table: "teams",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_name",
                schema: "cms",
                table: "teams",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tiers_name",
                schema: "cms",
                table: "tiers",
                column: "name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_coverage_assignments_firm_users_adviser_id",
                schema: "cms",
                table: "coverage_assignments",
                column: "adviser_id",
                principalSchema: "cms",
                principalTable: "firm_users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_coverage_assignments_parties_party_id",
                schema: "cms",
                table: "coverage_assignments",
                column: "party_id",
                principalSchema: "cms",
                principalTable: "parties",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_departments_offices_office_id",
                schema: "cms",
                table: "departments",
                column: "office_id",
                principalSchema: "cms",
                principalTable: "offices",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_departments_organisations_organisation_id",
                schema: "cms",
                table: "departments",
                column: "organisation_id",
                principalSchema: "cms",
                principalTable: "parties",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_email_addresses_parties_party_id",
                schema: "cms",
                table: "email_addresses",
                column: "party_id",
                principalSchema: "cms",
                principalTable: "parties",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_firm_users_teams_team_id",
                schema: "cms",
                table: "firm_users",
                column: "team_id",
                principalSchema: "cms",
                principalTable: "teams",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_follow_ups_parties_party_id",
                schema: "cms",
                table: "follow_ups",
                column: "party_id",
                principalSchema: "cms",
                principalTable: "parties",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_interaction_parties_parties_party_id",
                schema: "cms",
                table: "interaction_parties",
                column: "party_id",
                principalSchema: "cms",
                principalTable: "parties",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_materials_sent_parties_party_id",
                schema: "cms",
                table: "materials_sent",
                column: "party_id",
                principalSchema: "cms",
                principalTable: "parties",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_offices_organisations_organisation_id",
                schema: "cms",
                table: "offices",
                column: "organisation_id",
                principalSchema: "cms",
                principalTable: "parties",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_offices_postal_addresses_address_id",
                schema: "cms",
                table: "offices",
                column: "address_id",
                principalSchema: "cms",
                principalTable: "postal_addresses",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_teams_firm_users_manager_id",
                schema: "cms",
                table: "teams");

            migrationBuilder.DropForeignKey(
                name: "fk_parties_households_household_id",
                schema: "cms",
                table: "parties");

            migrationBuilder.DropForeignKey(
                name: "fk_departments_organisations_organisation_id",
                schema: "cms",
                table: "departments");

            migrationBuilder.DropForeignKey(
                name: "fk_offices_organisations_organisation_id",
                schema: "cms",
                table: "offices");

            migrationBuilder.DropForeignKey(
                name: "fk_postal_addresses_parties_party_id",
                schema: "cms",
                table: "postal_addresses");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "coverage_assignments",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "email_addresses",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "follow_ups",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "interaction_initiatives",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "interaction_parties",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "interaction_reps",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "materials_sent",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "organisation_domains",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "outcome_initiatives",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "outcome_interactions",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "party_initiatives",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "party_shares",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "phones",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "materials",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "interactions",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "outcomes",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "initiatives",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "products",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "firm_users",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "teams",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "households",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "parties",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "departments",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "tiers",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "offices",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "postal_addresses",
                schema: "cms");
        }
    }
}
