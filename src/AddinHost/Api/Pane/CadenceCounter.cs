using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// The cadence status the pane, the rep's and the manager's pages show: policy, last contact and contacts in the
/// window, counted across every rep and channel. Cadence is about how often the client hears from the firm, so it
/// counts contacts the viewer may not read (it shows no content). Cancelled meetings and future ones do not count.
/// One statement for all parties together (<see cref="PartyCadence"/>).
/// </summary>
public static class CadenceCounter
{
    public static async Task<Dictionary<Guid, PaneCadenceDto>> CountAsync(CmsDb db, IReadOnlyCollection<Guid> partyIds, DateTimeOffset now, CancellationToken ct)
    {
        var cadences = await PartyCadence.LoadAsync(db, partyIds, now, ct);
        return cadences.Values.ToDictionary(c => c.PartyId, c =>
        {
            if (c.Policy is not { } policy)
            {
                return new PaneCadenceDto(null, c.LastContactAt, null, false, 0, false, false);
            }

            return new PaneCadenceDto(
                new PaneCadencePolicyDto(policy.ContactAtLeastEveryDays, policy.MaxContacts, policy.WindowDays, c.PolicyIsOverride),
                c.LastContactAt, c.LastContactAt is { } l ? policy.NextContactDue(l) : now, policy.IsOverdue(c.LastContactAt, now),
                c.ContactsInWindow, policy.IsTooOften(c.ContactsInWindow), policy.WouldBeTooOften(c.ContactsInWindow));
        });
    }
}
