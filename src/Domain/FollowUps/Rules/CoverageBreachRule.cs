using Npgsql;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>
/// A contact (captured or logged, any channel) between a restricted party and a rep who was not one of its designated
/// advisers at the time (directly or through the household) is recorded as a coverage breach, once per interaction,
/// party and rep, for the rep's manager to review. Inbound mail counts too: the manager decides what it was.
/// </summary>
internal static class CoverageBreachRule
{
    public static async Task<int> DetectAsync(CmsDb db, FollowUpRuleOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var breaches = await RuleSql.QueryAsync(db, """
            SELECT DISTINCT ip.interaction_id, p.id, rep.firm_user_id, ip.occurred_at
            FROM cms.parties p
            JOIN cms.interaction_parties ip ON ip.party_id = p.id AND ip.occurred_at > @since AND ip.occurred_at <= @now
            -- The link carries the interaction's time and a small index who logged it: the wide interactions table
            -- is not read (a heap fetch per contact of a restricted party was half the rule's time).
            JOIN LATERAL (SELECT ir.firm_user_id FROM cms.interaction_reps ir WHERE ir.interaction_id = ip.interaction_id
                          UNION SELECT l.logged_by_id FROM cms.interactions l WHERE l.id = ip.interaction_id AND l.logged_by_id IS NOT NULL) rep ON true
            JOIN cms.firm_users u ON u.id = rep.firm_user_id AND u.role = 'Rep'
            WHERE p.is_restricted AND p.merged_into_id IS NULL
              -- Designated directly, or through the household: two anti-joins on (party, adviser) and (household,
              -- adviser), which PostgreSQL hashes; one with "party OR household" hashed on the adviser alone.
              AND NOT EXISTS (SELECT 1 FROM cms.coverage_assignments c
                              WHERE c.party_id = p.id AND c.adviser_id = rep.firm_user_id
                                AND c.from_at <= ip.occurred_at AND (c.to_at IS NULL OR c.to_at > ip.occurred_at))
              AND NOT EXISTS (SELECT 1 FROM cms.coverage_assignments c
                              WHERE c.household_id = p.household_id AND c.adviser_id = rep.firm_user_id
                                AND c.from_at <= ip.occurred_at AND (c.to_at IS NULL OR c.to_at > ip.occurred_at))
              AND NOT EXISTS (SELECT 1 FROM cms.coverage_breaches b
                              WHERE b.interaction_id = ip.interaction_id AND b.party_id = p.id AND b.rep_id = rep.firm_user_id)
            """,
            r => new CoverageBreach(r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetFieldValue<DateTimeOffset>(3), now), ct,
            new NpgsqlParameter("since", now.AddDays(-options.LookbackDays)), new NpgsqlParameter("now", now));
        db.CoverageBreaches.AddRange(breaches);
        return breaches.Count;
    }
}
