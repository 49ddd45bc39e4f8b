using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Outcomes.Matching;

/// <summary>
/// Proposes, for every reported pledge and deposit, the booking that satisfies it: an inflow (deposit or transfer in)
/// in the same currency, on the outcome's party's account or on its household's (the household's own or another
/// member's), its amount within the tolerance and its date within the window of the expected date, and not already the
/// evidence of a confirmed outcome. Best first: the party's own account before the household's, then the closest
/// amount, then the closest date. Outcomes take their pick in order of expected date, so no booking is proposed for
/// two outcomes (and the database refuses one booking confirming two).
/// </summary>
public static class BookingMatcher
{
    /// <summary>Candidates looked at per outcome; more only matter when many outcomes compete for the same bookings.</summary>
    public const int CandidatesPerOutcome = 5;

    public static async Task<IReadOnlyDictionary<Guid, MatchProposal>> ProposeAsync(CmsDb db, MatchingRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rules);
        var candidates = new List<(Guid Outcome, Guid Booking, bool ViaHousehold, decimal AmountGap, int DayGap)>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.AddWithValue("before", rules.DaysBefore);
            command.Parameters.AddWithValue("after", rules.DaysAfter);
            command.Parameters.AddWithValue("tolerance", rules.AmountTolerancePercent / 100m);
            command.Parameters.AddWithValue("inflows", BookingTypes.Inflows.Select(t => t.ToString()).ToArray());
            command.Parameters.AddWithValue("limit", CandidatesPerOutcome);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetBoolean(2), reader.GetDecimal(3), reader.GetInt32(4)));
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        // Rows come ordered by outcome (earliest expected first), then best candidate first: first come, first served.
        var chosen = new Dictionary<Guid, (Guid Booking, bool ViaHousehold, decimal AmountGap, int DayGap)>();
        var taken = new HashSet<Guid>();
        foreach (var c in candidates)
        {
            if (!chosen.ContainsKey(c.Outcome) && taken.Add(c.Booking))
            {
                chosen[c.Outcome] = (c.Booking, c.ViaHousehold, c.AmountGap, c.DayGap);
            }
        }

        var bookingIds = chosen.Values.Select(c => c.Booking).ToList();
        var bookings = await db.BookedActivities.AsNoTracking().Where(b => bookingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return chosen.ToDictionary(kv => kv.Key, kv =>
        {
            var b = bookings[kv.Value.Booking];
            return new MatchProposal(kv.Key, b.Id, b.Account, b.Reference, b.BookedOn, b.Amount, b.Currency, b.Type,
                kv.Value.ViaHousehold, kv.Value.AmountGap, kv.Value.DayGap);
        });
    }

    /// <summary>Whether a booking is on the outcome's party's account or its household's (the household's own or a member's).</summary>
    public static async Task<bool> IsOnTheClientsAccountAsync(CmsDb db, Outcome outcome, BookedActivity booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.PartyId is not null && booking.PartyId == outcome.PartyId)
        {
            return true;
        }

        var household = outcome.HouseholdId ?? await db.People.Where(p => p.Id == outcome.PartyId).Select(p => p.HouseholdId).SingleOrDefaultAsync(cancellationToken);
        if (household is null)
        {
            return false;
        }

        return booking.HouseholdId == household
            || (booking.PartyId is { } partyId && await db.People.AnyAsync(p => p.Id == partyId && p.HouseholdId == household, cancellationToken));
    }

    private const string Sql = """
        WITH pending AS (
            SELECT o.id, o.party_id, coalesce(o.household_id, p.household_id) AS household_id, o.amount, o.currency,
                   coalesce(o.expected_on, (o.reported_at AT TIME ZONE 'UTC')::date) AS anchor, o.reported_at
            FROM cms.outcomes o LEFT JOIN cms.parties p ON p.id = o.party_id
            WHERE o.status = 'Reported' AND o.kind IN ('AssetsPledged', 'AssetsDeposited'))
        SELECT pe.id, c.id, c.via_household, c.amount_gap, c.day_gap
        FROM pending pe
        CROSS JOIN LATERAL (
            SELECT b.id, b.party_id IS DISTINCT FROM pe.party_id AS via_household,
                   abs(b.amount - pe.amount) AS amount_gap, abs(b.booked_on - pe.anchor) AS day_gap
            FROM cms.booked_activities b
            LEFT JOIN cms.parties bp ON bp.id = b.party_id
            WHERE b.currency = pe.currency AND b.type = ANY (@inflows)
              AND b.booked_on BETWEEN pe.anchor - @before AND pe.anchor + @after
              AND b.amount BETWEEN pe.amount * (1 - @tolerance) AND pe.amount * (1 + @tolerance)
              AND (b.party_id = pe.party_id
                   OR (pe.household_id IS NOT NULL AND (b.household_id = pe.household_id OR bp.household_id = pe.household_id)))
              AND NOT EXISTS (SELECT 1 FROM cms.outcomes u WHERE u.evidence_booking_id = b.id)
            ORDER BY via_household, amount_gap, day_gap, b.id
            LIMIT @limit) c
        ORDER BY pe.anchor, pe.reported_at, pe.id, c.via_household, c.amount_gap, c.day_gap, c.id
        """;
}
