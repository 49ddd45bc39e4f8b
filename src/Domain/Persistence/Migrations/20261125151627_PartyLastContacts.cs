using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookCms.Domain.Persistence.Migrations
{
    /// <summary>
    /// Each party's newest contact, kept so that cadence over a whole firm (the daily scan, the cadence-due rule) reads
    /// one row per party instead of walking every party's timeline. Kept exact without any write contention:
    /// <list type="bullet">
    /// <item><c>party_last_contacts</c>: the newest non-cancelled contact of each party (future meetings included; a
    /// reader asking "as of now" walks the timeline when the stored one is later).</item>
    /// <item><c>party_contact_changes</c>: a party whose contacts changed (a link added, moved, re-pointed by a merge or
    /// removed; its interaction cancelled or reinstated), appended by statement-level triggers in the writer's own
    /// transaction. Appending takes no lock another writer waits on; an upsert of the summary row would make two capture
    /// workers queue on a client they share.</item>
    /// </list>
    /// A stored row is exact unless its party is queued; readers walk the timeline of a queued party. The follow-up
    /// rule run empties the queue (<c>PartyContacts.RefreshLastContactsAsync</c>), one statement, one snapshot.
    /// </summary>
    public partial class PartyLastContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE cms.party_last_contacts (
                    party_id uuid PRIMARY KEY REFERENCES cms.parties (id) ON DELETE CASCADE,
                    last_at timestamptz NOT NULL
                );

                CREATE TABLE cms.party_contact_changes (party_id uuid NOT NULL);
                CREATE INDEX ix_party_contact_changes_party_id ON cms.party_contact_changes (party_id);

                CREATE FUNCTION cms.queue_party_contact_changes() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO cms.party_contact_changes (party_id) SELECT DISTINCT party_id FROM new_links;
                    ELSIF TG_OP = 'DELETE' THEN
                        INSERT INTO cms.party_contact_changes (party_id) SELECT DISTINCT party_id FROM old_links;
                    ELSE
                        INSERT INTO cms.party_contact_changes (party_id)
                        SELECT party_id FROM new_links UNION SELECT party_id FROM old_links;
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER interaction_parties_queue_inserted AFTER INSERT ON cms.interaction_parties
                    REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION cms.queue_party_contact_changes();
                CREATE TRIGGER interaction_parties_queue_updated AFTER UPDATE ON cms.interaction_parties
                    REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION cms.queue_party_contact_changes();
                CREATE TRIGGER interaction_parties_queue_deleted AFTER DELETE ON cms.interaction_parties
                    REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION cms.queue_party_contact_changes();

                CREATE FUNCTION cms.queue_party_contact_cancellations() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO cms.party_contact_changes (party_id)
                    SELECT DISTINCT ip.party_id
                    FROM new_interactions n JOIN old_interactions o ON o.id = n.id
                    JOIN cms.interaction_parties ip ON ip.interaction_id = n.id
                    WHERE n.is_cancelled IS DISTINCT FROM o.is_cancelled;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER interactions_queue_cancellations AFTER UPDATE ON cms.interactions
                    REFERENCING OLD TABLE AS old_interactions NEW TABLE AS new_interactions
                    FOR EACH STATEMENT EXECUTE FUNCTION cms.queue_party_contact_cancellations();

                INSERT INTO cms.party_last_contacts (party_id, last_at)
                SELECT ip.party_id, max(ip.occurred_at) FROM cms.interaction_parties ip
                WHERE NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)
                GROUP BY ip.party_id;
                ANALYZE cms.party_last_contacts;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER interactions_queue_cancellations ON cms.interactions;
                DROP FUNCTION cms.queue_party_contact_cancellations();
                DROP TRIGGER interaction_parties_queue_deleted ON cms.interaction_parties;
                DROP TRIGGER interaction_parties_queue_updated ON cms.interaction_parties;
                DROP TRIGGER interaction_parties_queue_inserted ON cms.interaction_parties;
                DROP FUNCTION cms.queue_party_contact_changes();
                DROP TABLE cms.party_contact_changes;
                DROP TABLE cms.party_last_contacts;
                """);
        }
    }
}
