using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <summary>
    /// The audit log is append-only in the database itself: UPDATE, DELETE and TRUNCATE on cms.audit_entries
    /// raise an error whoever issues them (statement-level triggers, so even a statement that matches no row fails).
    /// In production the application's role should also not own the table, so it cannot drop the triggers.
    /// </summary>
    public partial class AuditLogIsAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION cms.audit_entries_refuse_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit log is append-only: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END
                $$;

                CREATE TRIGGER audit_entries_refuse_update_delete
                    BEFORE UPDATE OR DELETE ON cms.audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION cms.audit_entries_refuse_change();

                CREATE TRIGGER audit_entries_refuse_truncate
                    BEFORE TRUNCATE ON cms.audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION cms.audit_entries_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_refuse_truncate ON cms.audit_entries;
                DROP TRIGGER audit_entries_refuse_update_delete ON cms.audit_entries;
                DROP FUNCTION cms.audit_entries_refuse_change();
                """);
        }
    }
}
