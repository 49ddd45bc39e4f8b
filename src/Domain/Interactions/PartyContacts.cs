using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Interactions;

/// <summary>A party's contact: one interaction it took part in, and when.</summary>
public sealed record PartyContact(Guid PartyId, Guid InteractionId, DateTimeOffset OccurredAt);

/// <summary>
/// The contacts cadence counts (any rep, any channel, cancelled meetings excluded) for many parties at once: the pane
/// and the web app (<c>CadenceCounter</c>) and the scorecards (<c>CadenceAdherenceQuery</c>) read them here.
/// Written in SQL for three reasons that matter at a whole firm (100,000 parties, bench/follow-ups):
/// the party ids come as <c>unnest(@ids)</c>, as <c>= ANY(@ids)</c> PostgreSQL estimated every element of the array
/// (a quarter of a second of planning); cancellation is an anti-join on the small partial index of cancelled
/// interactions, not a probe into the wide interactions table per contact; and a window over many parties reads the
/// <c>(occurred_at) INCLUDE (party_id, interaction_id)</c> index once instead of every party's own.
/// Columns are snake_case: the model's naming convention maps the rows' properties so.
/// </summary>
public static class PartyContacts
{
    /// <summary>Each party's newest contact at or before <paramref name="until"/> (strictly before when
    /// <paramref name="includeUntil"/> is false), walking its <c>(party_id, occurred_at DESC)</c> index from there.</summary>
    public static async Task<Dictionary<Guid, DateTimeOffset>> LastAsync(CmsDb db, IReadOnlyCollection<Guid> partyIds, DateTimeOffset until,
        bool includeUntil, CancellationToken ct)
    {
        if (partyIds.Count == 0)
        {
            return [];
        }

        var ids = partyIds.Distinct().ToArray();
        var sql = includeUntil ? LastAtOrBefore : LastBefore;
        var rows = await db.Database.SqlQueryRaw<LastRow>(sql, Parameter("ids", ids), Parameter("until", until.ToUniversalTime())).ToListAsync(ct);
        return rows.Where(r => r.At is not null).ToDictionary(r => r.PartyId, r => r.At!.Value);
    }

    /// <summary>Every contact of the parties from <paramref name="from"/> to <paramref name="until"/>, both included.</summary>
    public static async Task<List<PartyContact>> BetweenAsync(CmsDb db, IReadOnlyCollection<Guid> partyIds, DateTimeOffset from, DateTimeOffset until,
        CancellationToken ct)
    {
        if (partyIds.Count == 0 || from > until)
        {
            return [];
        }

        var ids = partyIds.Distinct().ToArray();
        return await db.Database.SqlQueryRaw<PartyContact>("""
            SELECT ip.party_id, ip.interaction_id, ip.occurred_at
            FROM unnest(@ids) AS w(party_id)
            JOIN cms.interaction_parties ip ON ip.party_id = w.party_id
            WHERE ip.occurred_at >= @from AND ip.occurred_at <= @until
              AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)
            """, Parameter("ids", ids), Parameter("from", from.ToUniversalTime()), Parameter("until", until.ToUniversalTime())).ToListAsync(ct);
    }

    private const string LastTemplate = """
        SELECT w.party_id,
          (SELECT ip.occurred_at FROM cms.interaction_parties ip
           WHERE ip.party_id = w.party_id AND ip.occurred_at {0} @until
             AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)
           ORDER BY ip.occurred_at DESC LIMIT 1) AS at
        FROM unnest(@ids) AS w(party_id)
        """;

    private static readonly string LastAtOrBefore = LastTemplate.Replace("{0}", "<=", StringComparison.Ordinal);
    private static readonly string LastBefore = LastTemplate.Replace("{0}", "<", StringComparison.Ordinal);

    private static Npgsql.NpgsqlParameter Parameter(string name, object value) => new(name, value);

    private sealed record LastRow(Guid PartyId, DateTimeOffset? At);
}
