using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <summary>
    /// Separation of duties in the database, beside the entity's check: a confirm or reject (status becomes Confirmed or
    /// Rejected, or the decider changes) is refused unless the decider is an active controller who is neither the reporter
    /// nor anyone up the reporter's reporting line (manager, manager's manager … walked recursively over firm_users).
    /// Code that bypasses the entity (raw SQL, a bulk update) meets the same rule. The depth bound matches
    /// ReportingLine.MaxDepth and stops a cycle in bad data from looping.
    /// </summary>
    public partial class OutcomeDeciderOutsideReportingLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION cms.outcomes_decider_is_independent() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    decider_role text;
                BEGIN
                    -- The reporter deciding themselves is left to ck_outcomes_decider_is_not_reporter (it names that case).
                    IF NEW.status NOT IN ('Confirmed', 'Rejected') OR NEW.decided_by_id IS NULL OR NEW.decided_by_id = NEW.reported_by_id THEN
                        RETURN NEW;
                    END IF;
                    IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.decided_by_id IS NOT DISTINCT FROM NEW.decided_by_id THEN
                        RETURN NEW;
                    END IF;

                    SELECT role INTO decider_role FROM cms.firm_users WHERE id = NEW.decided_by_id;
                    IF decider_role IS DISTINCT FROM 'Controller' THEN
                        RAISE EXCEPTION 'outcome %: only a controller may confirm or reject it (% is a %)', NEW.id, NEW.decided_by_id, coalesce(decider_role, 'unknown user')
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'tr_outcomes_decider_is_independent', TABLE = 'outcomes', SCHEMA = 'cms';
                    END IF;

                    IF EXISTS (
                        WITH RECURSIVE line(id, depth) AS (
                            SELECT NEW.reported_by_id, 0
                            UNION
                            SELECT u.manager_id, line.depth + 1
                            FROM cms.firm_users u JOIN line ON u.id = line.id
                            WHERE u.manager_id IS NOT NULL AND line.depth < 32)
                        SELECT 1 FROM line WHERE id = NEW.decided_by_id)
                    THEN
                        RAISE EXCEPTION 'outcome %: % reported it or is in the reporting line of its reporter, so cannot confirm or reject it', NEW.id, NEW.decided_by_id
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'tr_outcomes_decider_is_independent', TABLE = 'outcomes', SCHEMA = 'cms';
                    END IF;

                    RETURN NEW;
                END
                $$;

                CREATE TRIGGER outcomes_decider_is_independent
                    BEFORE INSERT OR UPDATE OF status, decided_by_id ON cms.outcomes
                    FOR EACH ROW EXECUTE FUNCTION cms.outcomes_decider_is_independent();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER outcomes_decider_is_independent ON cms.outcomes;
                DROP FUNCTION cms.outcomes_decider_is_independent();
                """);
        }
    }
}
