using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

public static class CoveredClients
{
    /// <summary>The parties (not merged away) the advisers cover now, directly or through the person's household.</summary>
    public static IQueryable<Party> CoveredBy(this IQueryable<Party> parties, CmsDb db, IReadOnlyCollection<Guid> adviserIds, DateTimeOffset now)
    {
        var covered = db.CoverageAssignments.Where(c => adviserIds.Contains(c.AdviserId) && c.From <= now && (c.To == null || c.To > now));
        return parties.Where(p => p.MergedIntoId == null
            && covered.Any(c => c.PartyId == p.Id || (c.HouseholdId != null && c.HouseholdId == ((Person)p).HouseholdId)));
    }
}
