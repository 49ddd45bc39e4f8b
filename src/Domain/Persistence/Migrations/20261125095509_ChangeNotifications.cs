using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mailbox_subscriptions",
                schema: "cms",
                columns: table => new
                {
                    firm_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stream = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subscription_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    client_state = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    resource = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_notification_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notifications = table.Column<long>(type: "bigint", nullable: false),
                    rejected_notifications = table.Column<long>(type: "bigint", nullable: false),
                    last_lifecycle_event = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    last_lifecycle_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailbox_subscriptions", x => new { x.firm_user_id, x.stream });
                    table.ForeignKey(
                        name: "fk_mailbox_subscriptions_firm_users_firm_user_id",
                        column: x => x.firm_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mailbox_sync_requests",
                schema: "cms",
                columns: table => new
                {
                    firm_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailbox_sync_requests", x => x.firm_user_id);
                    table.ForeignKey(
                        name: "fk_mailbox_sync_requests_firm_users_firm_user_id",
                        column: x => x.firm_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mailbox_sync_status",
                schema: "cms",
                columns: table => new
                {
                    firm_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_succeeded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    throttled_responses = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailbox_sync_status", x => x.firm_user_id);
                    table.ForeignKey(
                        name: "fk_mailbox_sync_status_firm_users_firm_user_id",
                        column: x => x.firm_user_id,
                        principalSchema: "cms",
                        principalTable: "firm_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_mailbox_subscriptions_subscription_id",
                schema: "cms",
                table: "mailbox_subscriptions",
                column: "subscription_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mailbox_subscriptions",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "mailbox_sync_requests",
                schema: "cms");

            migrationBuilder.DropTable(
                name: "mailbox_sync_status",
                schema: "cms");
        }
    }
}
