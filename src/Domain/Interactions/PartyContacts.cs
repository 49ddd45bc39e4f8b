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
/// A party's newest contact comes from <c>party_last_contacts</c> (migration <c>PartyLastContacts</c> says how it is
/// kept exact). Columns are snake_case: the model's naming convention maps the rows' properties so.
/// </summary>
public static class PartyContacts
{
    /// <summary>Each party's newest contact at or before <paramref name="until"/> (strictly before when
    /// <paramref name="includeUntil"/> is false).</summary>
    public static async Task<Dictionary<Guid, DateTimeOffset>> LastAsync(CmsDb db, IReadOnlyCollection<Guid> partyIds, DateTimeOffset until,
        bool includeUntil, CancellationToken ct)
    {
        if (partyIds.Count == 0)
        {
            return [];
        }

        var ids = partyIds.Distinct().ToArray();
        var rows = await db.Database.SqlQueryRaw<LastRow>(includeUntil ? LastAtOrBefore : LastBefore, Parameter("ids", ids), Parameter("until", until.ToUniversalTime())).ToListAsync(ct);
        return rows.Where(r => r.At is not null).ToDictionary(r => r.PartyId, r => r.At!.Value);
    }

    /// <summary>
    /// SQL for a party's newest contact at or before (or strictly before) <paramref name="until"/>, given its stored
    /// row (<c>party_last_contacts</c>) and whether it is queued for a refresh, both left-joined (see
    /// <see cref="StoredJoins"/>). Unless the party is queued: none when nothing is stored; the newest of all when it is
    /// not later than asked; the newest as of the row's refresh when asked no earlier than that and before its next
    /// contact came. Else a walk down the party's <c>(party_id, occurred_at DESC)</c> index (a queued party, a "now"
    /// before the refresh, a contact ahead that has come since).
    /// </summary>
    public static string LastContactSql(string partyId, string until, bool includeUntil)
    {
        var before = includeUntil ? "<=" : "<";
        var notAfter = includeUntil ? ">" : ">=";
        return $"""
            CASE WHEN queued.party_id IS NULL AND (stored.last_at IS NULL OR stored.last_at {before} {until})
                 THEN stored.last_at
                 WHEN queued.party_id IS NULL AND stored.as_of {before} {until} AND stored.next_at {notAfter} {until}
                 THEN stored.past_at
                 ELSE {NewestContactSql(partyId, $"ip.occurred_at {before} {until}")} END
            """;
    }

    /// <summary>A party's newest non-cancelled contact (within <paramref name="bound"/>, when given), walking its
    /// <c>(party_id, occurred_at DESC)</c> index from the top; its earliest with <paramref name="order"/> <c>ASC</c>.</summary>
    private static string NewestContactSql(string partyId, string? bound, string order = "DESC") => $"""
        (SELECT ip.occurred_at FROM cms.interaction_parties ip
         WHERE ip.party_id = {partyId}{(bound is null ? "" : " AND " + bound)}
           AND NOT EXISTS (SELECT 1 FROM cms.interactions c WHERE c.id = ip.interaction_id AND c.is_cancelled)
         ORDER BY ip.occurred_at {order} LIMIT 1)
        """;

    /// <summary>
    /// The joins <see cref="LastContactSql"/> reads, for the party in <paramref name="partyId"/>. The queue is joined,
    /// not probed per party with EXISTS: planned while the queue was empty, such a probe stays a sequential scan of the
    /// queue for every party, however long the queue has grown since; a join scans it at most once.
    /// </summary>
    public static string StoredJoins(string partyId) => $"""
        LEFT JOIN cms.party_last_contacts stored ON stored.party_id = {partyId}
        LEFT JOIN (SELECT DISTINCT party_id FROM cms.party_contact_changes) queued ON queued.party_id = {partyId}
        """;

    /// <summary>
    /// Brings the stored newest contacts up to date as of <paramref name="now"/>: every party queued so far, every party
    /// whose next contact has come, and every party with a contact ahead not yet refreshed. It empties the queue of what
    /// it read: one statement, so what it deletes from the queue and what it reads of the contacts are one snapshot (a
    /// change committed meanwhile stays queued for the next refresh). Run by one caller at a time (the follow-up rule
    /// run holds its lock).
    /// </summary>
    public static async Task<int> RefreshLastContactsAsync(CmsDb db, DateTimeOffset now, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync(RefreshLastContactsSql, [Parameter("now", now.ToUniversalTime())], ct);

    /// <summary>The statement of <see cref="RefreshLastContactsAsync"/> (parameter <c>@now</c>), for a caller on a bare
    /// connection (the seeder).</summary>
    public static readonly string RefreshLastContactsSql = $"""
            WITH queued AS (DELETE FROM cms.party_contact_changes RETURNING party_id),
            due AS (
              SELECT party_id FROM queued
              UNION
              SELECT party_id FROM cms.party_last_contacts WHERE last_at > @now AND (as_of IS NULL OR next_at <= @now)
            ),
            latest AS (
              SELECT d.party_id, {NewestContactSql("d.party_id", null)} AS last_at,
                     {NewestContactSql("d.party_id", "ip.occurred_at <= @now")} AS past_at,
                     {NewestContactSql("d.party_id", "ip.occurred_at > @now", "ASC")} AS next_at
              FROM due d
              WHERE EXISTS (SELECT 1 FROM cms.parties p WHERE p.id = d.party_id)
            ),
            gone AS (
              DELETE FROM cms.party_last_contacts s USING latest l WHERE s.party_id = l.party_id AND l.last_at IS NULL
            )
            INSERT INTO cms.party_last_contacts (party_id, last_at, as_of, past_at, next_at)
            SELECT party_id, last_at, @now, past_at, next_at FROM latest WHERE last_at IS NOT NULL
            ON CONFLICT (party_id) DO UPDATE
              SET last_at = EXCLUDED.last_at, as_of = EXCLUDED.as_of, past_at = EXCLUDED.past_at, next_at = EXCLUDED.next_at
            """;

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

    private static readonly string LastAtOrBefore = LastSql(includeUntil: true);
    private static readonly string LastBefore = LastSql(includeUntil: false);

    private static string LastSql(bool includeUntil) => $"""
        SELECT w.party_id, {LastContactSql("w.party_id", "@until", includeUntil)} AS at
        FROM unnest(@ids) AS w(party_id)
        {StoredJoins("w.party_id")}
        """;

    private static Npgsql.NpgsqlParameter Parameter(string name, object value) => new(name, value);

    private sealed record LastRow(Guid PartyId, DateTimeOffset? At);
}
