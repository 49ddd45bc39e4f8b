using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// Last contact and contacts in the cadence window, counted across every rep and channel: cadence is about how
/// often the client hears from the firm, so it counts contacts the viewer may not read (it shows no content).
/// Cancelled meetings and future ones do not count. Two queries for all parties together (<see cref="PartyContacts"/>).
/// </summary>
public static class CadenceCounter
{
    public static async Task<Dictionary<Guid, PaneCadenceDto>> CountAsync(CmsDb db, IEnumerable<PartyFacts> parties, DateTimeOffset now, CancellationToken ct)
    {
        var list = parties.ToList();
        var ids = list.Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var last = await PartyContacts.LastAsync(db, ids, now, includeUntil: true, ct);
        var windows = list.Where(p => p.Cadence is not null).ToList();
        var inWindow = new Dictionary<Guid, int>();
        if (windows.Count > 0)
        {
            var earliest = now.AddDays(-windows.Max(p => p.Cadence!.WindowDays));
            var recent = (await PartyContacts.BetweenAsync(db, windows.Select(p => p.Id).ToList(), earliest, now, ct)).ToLookup(r => r.PartyId);
            foreach (var party in windows)
            {
                // By party (a lookup), not a scan of every recent contact per party: the manager's and daily views
                // count thousands of parties at once.
                var since = now.AddDays(-party.Cadence!.WindowDays);
                inWindow[party.Id] = recent[party.Id].Where(r => r.OccurredAt > since).Select(r => r.InteractionId).Distinct().Count();
            }
        }

        return list.ToDictionary(p => p.Id, p =>
        {
            DateTimeOffset? lastContact = last.TryGetValue(p.Id, out var at) ? at : null;
            if (p.Cadence is not { } policy)
            {
                return new PaneCadenceDto(null, lastContact, null, false, 0, false, false);
            }

            var count = inWindow.GetValueOrDefault(p.Id);
            return new PaneCadenceDto(
                new PaneCadencePolicyDto(policy.ContactAtLeastEveryDays, policy.MaxContacts, policy.WindowDays, p.CadenceIsOverride),
                lastContact, lastContact is { } l ? policy.NextContactDue(l) : now, policy.IsOverdue(lastContact, now),
                count, policy.IsTooOften(count), policy.WouldBeTooOften(count));
        });
    }
}
