using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// <see cref="CadenceAdherence"/> for many reps at once, in four queries: the clients each rep covers at the end of
/// the span (directly or through the household; clients only, not merged away), their policies, their last contact
/// before the span, and their contacts from the longest window before it to its end (any rep, any channel; cancelled
/// meetings excluded, as the pane and the cadence-due rule count them). The check itself is <see cref="CadencePeriodCheck"/>.
/// </summary>
public static class CadenceAdherenceQuery
{
    public static async Task<Dictionary<Guid, CadenceAdherence>> ComputeAsync(CmsDb db, IReadOnlyCollection<Guid> repIds, DateTimeOffset from,
        DateTimeOffset until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(repIds);
        var ids = repIds.Distinct().ToList();
        var at = until.AddTicks(-1);
        var covering = db.CoverageAssignments.Where(c => ids.Contains(c.AdviserId) && c.From <= at && (c.To == null || c.To > at));
        var clients = db.Parties.Where(p => p.MergedIntoId == null && p.Status == PartyStatus.Client);
        var direct = from c in covering join p in clients on c.PartyId equals (Guid?)p.Id select new { c.AdviserId, PartyId = p.Id };
        var viaHousehold = from c in covering
                           join p in db.People on c.HouseholdId equals p.HouseholdId
                           where p.MergedIntoId == null && p.Status == PartyStatus.Client
                           select new { c.AdviserId, PartyId = p.Id };
        var pairs = await direct.Union(viaHousehold).ToListAsync(ct);
        var partyIds = pairs.Select(p => p.PartyId).Distinct().ToList();

        var policies = (await (
                from p in db.Parties.AsNoTracking()
                where partyIds.Contains(p.Id)
                join h in db.Households on ((Person)p).HouseholdId equals (Guid?)h.Id into hs
                from h in hs.DefaultIfEmpty()
                // The party's own tier, else its household's; the party's override wins over both.
                join t in db.Tiers on p.TierId ?? h.TierId equals (Guid?)t.Id into ts
                from t in ts.DefaultIfEmpty()
                select new
                {
                    p.Id, p.DisplayName, p.CreatedAt, p.CadenceMinEveryDays, p.CadenceMaxContacts, p.CadenceWindowDays,
                    Tier = t == null ? null : new { t.CadenceMinEveryDays, t.CadenceMaxContacts, t.CadenceWindowDays },
                }).ToListAsync(ct))
            .Select(r => (r.Id, r.DisplayName, r.CreatedAt,
                Policy: r.CadenceMinEveryDays is { } every && r.CadenceMaxContacts is { } max && r.CadenceWindowDays is { } window
                    ? new CadencePolicy(every, max, window)
                    : r.Tier is { } tier ? new CadencePolicy(tier.CadenceMinEveryDays, tier.CadenceMaxContacts, tier.CadenceWindowDays) : null))
            .Where(r => r.Policy is not null)
            .ToDictionary(r => r.Id);
        var withPolicy = policies.Keys.ToList();

        var lastBefore = await PartyContacts.LastAsync(db, withPolicy, from, includeUntil: false, ct);
        var windowFrom = from.AddDays(-(policies.Count == 0 ? 0 : policies.Values.Max(p => p.Policy!.WindowDays)));
        var recent = (await PartyContacts.BetweenAsync(db, withPolicy, windowFrom, until, ct)).Where(c => c.OccurredAt < until)
            .ToLookup(c => c.PartyId, c => new CadencePeriodCheck.Contact(c.InteractionId, c.OccurredAt));

        var checks = policies.Values.ToDictionary(p => p.Id, p => CadencePeriodCheck.Check(p.Policy!, p.CreatedAt,
            lastBefore.TryGetValue(p.Id, out var last) ? last : null, recent[p.Id], from, until));

        var byRep = pairs.Where(p => checks.ContainsKey(p.PartyId)).ToLookup(p => p.AdviserId, p => p.PartyId);
        return ids.ToDictionary(rep => rep, rep =>
        {
            var mine = byRep[rep].Distinct().Select(id => (Party: policies[id], Check: checks[id])).ToList();
            var onCadence = mine.Count(m => !m.Check.Late);
            var items = mine.Where(m => m.Check.Late || m.Check.TooOftenContactIds.Count > 0)
                .OrderByDescending(m => m.Check.Late).ThenByDescending(m => m.Check.TooOftenContactIds.Count).ThenBy(m => m.Party.DisplayName, StringComparer.Ordinal)
                .Select(m => new CadenceClientItem(m.Party.Id, m.Party.DisplayName, m.Party.Policy!.ToString(), m.Check.Late, m.Check.FellDueAt,
                    m.Check.ContactedAt, m.Check.TooOftenContactIds))
                .ToList();
            return new CadenceAdherence(mine.Count, onCadence, mine.Count == 0 ? null : Math.Round((decimal)onCadence / mine.Count, 4),
                mine.Count(m => m.Check.Late), mine.Count(m => m.Check.TooOftenContactIds.Count > 0), mine.Sum(m => m.Check.TooOftenContactIds.Count), items);
        });
    }
}
