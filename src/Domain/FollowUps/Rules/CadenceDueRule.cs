using System.Globalization;
using Npgsql;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>
/// A client not contacted (any rep, any channel) within the minimum frequency of their own override, else their tier,
/// else their household's tier (as the pane counts it):
/// a follow-up for their primary adviser (directly or through the household), due when the contact fell due. It
/// closes itself when the client is contacted.
/// </summary>
internal static class CadenceDueRule
{
    public const string Title = "Contact the client: cadence due";

    // The due instant, not only its day: a contact logged late can close one and make the next due later that same day.
    public static string Key(Guid partyId, DateTimeOffset due) =>
        string.Create(CultureInfo.InvariantCulture, $"cadence:{partyId}:{due.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");

    public static async Task<List<FollowUp>> DeriveAsync(CmsDb db, DateTimeOffset now, CancellationToken ct)
    {
        // Set-based throughout: each client's policy and last contact (materialized, so a walk runs once), the due
        // clients, then their primary adviser by two hash joins (the party's own assignment, else the household's); a
        // per-client lookup with "party OR household" read every assignment.
        var due = await RuleSql.QueryAsync(db, $"""
            WITH policy AS MATERIALIZED (
              SELECT p.id, p.household_id, p.created_at, COALESCE(p.cadence_min_every_days, t.cadence_min_every_days, ht.cadence_min_every_days) AS every_days,
                     {PartyContacts.LastContactSql("p.id", "@now", includeUntil: true)} AS last_at
              FROM cms.parties p
              LEFT JOIN cms.tiers t ON t.id = p.tier_id
              LEFT JOIN cms.households h ON h.id = p.household_id
              LEFT JOIN cms.tiers ht ON ht.id = h.tier_id
              {PartyContacts.StoredJoins("p.id")}
              WHERE p.status = 'Client' AND p.merged_into_id IS NULL
                AND COALESCE(p.cadence_min_every_days, t.cadence_min_every_days, ht.cadence_min_every_days) IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM cms.follow_ups f
                                WHERE f.party_id = p.id AND f.reason = 'CadenceDue' AND f.status IN ('Open', 'Snoozed'))
            ),
            due AS MATERIALIZED (
              SELECT policy.id, policy.household_id, COALESCE(policy.last_at, policy.created_at) + make_interval(days => policy.every_days) AS due_at
              FROM policy
              WHERE COALESCE(policy.last_at, policy.created_at) + make_interval(days => policy.every_days) <= @now
            ),
            primary_now AS MATERIALIZED (
              SELECT c.party_id, c.household_id, c.adviser_id, c.from_at
              FROM cms.coverage_assignments c JOIN cms.firm_users u ON u.id = c.adviser_id AND u.is_active
              WHERE c.role = 'Primary' AND c.from_at <= @now AND (c.to_at IS NULL OR c.to_at > @now)
            )
            SELECT DISTINCT ON (id) id, due_at, adviser_id
            FROM (SELECT due.id, due.due_at, a.adviser_id, 0 AS via, a.from_at FROM due JOIN primary_now a ON a.party_id = due.id
                  UNION ALL
                  SELECT due.id, due.due_at, a.adviser_id, 1, a.from_at FROM due JOIN primary_now a ON a.household_id = due.household_id) advisers
            ORDER BY id, via, from_at
            """,
            r => (Party: r.GetGuid(0), DueAt: r.GetFieldValue<DateTimeOffset>(1), Owner: r.GetGuid(2)), ct,
            new NpgsqlParameter("now", now));

        return due.Select(c => FollowUp.Derive(c.Party, c.Owner, FollowUpReason.CadenceDue, c.DueAt, Key(c.Party, c.DueAt), null, now, Title)).ToList();
    }

    public static async Task<int> CloseAsync(CmsDb db, DateTimeOffset now, CancellationToken ct)
    {
        // Contacted after the contact that made it due (due date minus the policy's days), up to now. The party's newest
        // contact (stored) says whether there is one; only then is its timeline walked for the first, the one that closes.
        var contacted = await RuleSql.QueryAsync(db, $"""
            WITH open AS MATERIALIZED (
              SELECT f.id, f.party_id,
                     f.due_at - make_interval(days => COALESCE(p.cadence_min_every_days, t.cadence_min_every_days, ht.cadence_min_every_days, 0)) AS since,
                     {PartyContacts.LastContactSql("f.party_id", "@now", includeUntil: true)} AS last_at
              FROM cms.follow_ups f
              JOIN cms.parties p ON p.id = f.party_id
              LEFT JOIN cms.tiers t ON t.id = p.tier_id
              LEFT JOIN cms.households h ON h.id = p.household_id
              LEFT JOIN cms.tiers ht ON ht.id = h.tier_id
              {PartyContacts.StoredJoins("f.party_id")}
              WHERE f.reason = 'CadenceDue' AND f.status IN ('Open', 'Snoozed')
            )
            SELECT f.id, contact.id
            FROM open f
            CROSS JOIN LATERAL (
              SELECT ip.interaction_id AS id FROM cms.interaction_parties ip
              WHERE ip.party_id = f.party_id AND ip.occurred_at <= @now
                AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)
                AND ip.occurred_at > f.since
              ORDER BY ip.occurred_at LIMIT 1) contact
            WHERE f.last_at > f.since
            """,
            r => (FollowUpId: r.GetGuid(0), ClosingInteractionId: r.GetGuid(1)), ct,
            new NpgsqlParameter("now", now));
        return await FollowUpClosing.CloseAsync(db, contacted, "client contacted", now, ct);
    }
}
