using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Seeding;

namespace OutlookCms.Domain.Tests.Seeding;

/// <summary>
/// Counts, as of a moment, the seeded clients whose cadence is broken: overdue (no contact within the minimum) or
/// contacted too often (more contact days in the window than the maximum). A client is a party with a tier or its own
/// cadence, or a household (over all its members' contacts). Notes and cancelled meetings are not contacts.
/// </summary>
internal sealed record CadenceStatus(int WithCadence, int Overdue, int TooOften)
{
    public static CadenceStatus Of(SeededFirm firm, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var tiers = firm.Tiers.ToDictionary(t => t.Id, t => t.Cadence);
        var cadences = new Dictionary<Guid, CadencePolicy>();
        foreach (var party in firm.Parties)
        {
            if ((party.CadenceOverride ?? (party.TierId is { } tier ? tiers[tier] : null)) is { } cadence)
            {
                cadences[party.Id] = cadence;
            }
        }

        foreach (var household in firm.Households.Where(h => h.TierId is not null))
        {
            cadences[household.Id] = tiers[household.TierId!.Value];
        }

        var householdOf = firm.Parties.Where(p => p.HouseholdId is not null).ToDictionary(p => p.Id, p => p.HouseholdId!.Value);
        var contacts = firm.Interactions
            .Where(i => i.Direction != Direction.Internal && !i.IsCancelled && i.OccurredAt <= now)
            .ToDictionary(i => i.Id, i => DateOnly.FromDateTime(i.OccurredAt.UtcDateTime));
        var days = cadences.Keys.ToDictionary(k => k, _ => new HashSet<DateOnly>());
        foreach (var link in firm.InteractionParties)
        {
            if (!contacts.TryGetValue(link.InteractionId, out var day))
            {
                continue;
            }

            if (days.TryGetValue(link.PartyId, out var partyDays))
            {
                partyDays.Add(day);
            }

            if (householdOf.TryGetValue(link.PartyId, out var household) && days.TryGetValue(household, out var householdDays))
            {
                householdDays.Add(day);
            }
        }

        var overdue = 0;
        var tooOften = 0;
        foreach (var (client, cadence) in cadences)
        {
            var contactDays = days[client];
            if (contactDays.Count == 0 || today.DayNumber - contactDays.Max().DayNumber >= cadence.ContactAtLeastEveryDays)
            {
                overdue++;
            }

            if (cadence.IsTooOften(contactDays.Count(d => today.DayNumber - d.DayNumber < cadence.WindowDays)))
            {
                tooOften++;
            }
        }

        return new CadenceStatus(cadences.Count, overdue, tooOften);
    }
}
