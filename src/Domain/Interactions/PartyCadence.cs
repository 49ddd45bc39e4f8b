using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Interactions;

/// <summary>
/// A party's cadence at an instant: its policy (its own override when all three settings are set, else its tier's,
/// else its household's tier's), its newest contact, and its contacts in the policy's window, counted across every rep
/// and channel as <see cref="PartyContacts"/> counts them.
/// </summary>
public sealed record PartyCadence(Guid PartyId, CadencePolicy? Policy, bool PolicyIsOverride, DateTimeOffset? LastContactAt, int ContactsInWindow)
{
    /// <summary>
    /// The cadence of many parties in one statement, one row each: the pane asks for a handful, the manager's view
    /// and the daily scan for a whole firm (100,000 parties). Counting in SQL sends one row per party instead of every
    /// contact in the window; the window is read once from its <c>(occurred_at)</c> index down to the longest window
    /// asked for. Parties that do not exist are left out.
    /// </summary>
    public static async Task<Dictionary<Guid, PartyCadence>> LoadAsync(CmsDb db, IReadOnlyCollection<Guid> partyIds, DateTimeOffset now,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(partyIds);
        if (partyIds.Count == 0)
        {
            return [];
        }

        var ids = partyIds.Distinct().ToArray();
        Task<List<Row>> Read() => db.Database.SqlQueryRaw<Row>(Sql, new NpgsqlParameter("ids", ids), new NpgsqlParameter("now", now.ToUniversalTime())).ToListAsync(ct);
        // A pane's few parties are well served by a generic plan; thousands need one planned for their number.
        var rows = ids.Length > ManyParties ? await db.WithCustomPlansAsync(Read, ct) : await Read();
        return rows.ToDictionary(r => r.PartyId, r => new PartyCadence(r.PartyId,
            r is { EveryDays: { } every, MaxContacts: { } max, WindowDays: { } window } ? new CadencePolicy(every, max, window) : null,
            r.IsOverride, r.LastAt, r.InWindow));
    }

    private const int ManyParties = 1000;

    private static readonly string Sql = $"""
        WITH policy AS MATERIALIZED (
          SELECT p.id AS party_id, o.is_override,
                 CASE WHEN o.is_override THEN p.cadence_min_every_days ELSE t.cadence_min_every_days END AS every_days,
                 CASE WHEN o.is_override THEN p.cadence_max_contacts ELSE t.cadence_max_contacts END AS max_contacts,
                 CASE WHEN o.is_override THEN p.cadence_window_days ELSE t.cadence_window_days END AS window_days
          FROM unnest(@ids) AS u(id)
          JOIN cms.parties p ON p.id = u.id
          LEFT JOIN cms.households h ON h.id = p.household_id
          LEFT JOIN cms.tiers t ON t.id = COALESCE(p.tier_id, h.tier_id)
          CROSS JOIN LATERAL (SELECT p.cadence_min_every_days IS NOT NULL AND p.cadence_max_contacts IS NOT NULL
                                     AND p.cadence_window_days IS NOT NULL AS is_override) o
        ),
        in_window AS (
          SELECT w.party_id, count(DISTINCT w.interaction_id) AS n
          FROM (SELECT ip.party_id, ip.interaction_id
                FROM policy
                JOIN cms.interaction_parties ip ON ip.party_id = policy.party_id
                WHERE ip.occurred_at > @now - make_interval(days => (SELECT max(window_days) FROM policy)) AND ip.occurred_at <= @now
                  AND ip.occurred_at > @now - make_interval(days => policy.window_days)
                  AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)) w
          GROUP BY w.party_id
        )
        SELECT policy.party_id, policy.every_days, policy.max_contacts, policy.window_days, policy.is_override,
               {PartyContacts.LastContactSql("policy.party_id", "@now", includeUntil: true)} AS last_at,
               COALESCE(in_window.n, 0)::int AS in_window
        FROM policy
        {PartyContacts.StoredJoins("policy.party_id")}
        LEFT JOIN in_window ON in_window.party_id = policy.party_id
        """;

    private sealed record Row(Guid PartyId, int? EveryDays, int? MaxContacts, int? WindowDays, bool IsOverride, DateTimeOffset? LastAt, int InWindow);
}
