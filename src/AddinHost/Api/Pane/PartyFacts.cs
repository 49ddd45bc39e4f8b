using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// A matched party's own row with its organisation, household and tier: restricted when the party or its household
/// is. Its cadence is counted apart (<see cref="CadenceCounter"/>).
/// </summary>
public sealed record PartyFacts(Guid Id, PartyKind Kind, string DisplayName, PartyStatus Status, bool IsRestricted,
    string? JobTitle, PaneRefDto? Organisation, Guid? HouseholdId, PaneHouseholdDto? Household, string? TierName)
{
    public static async Task<Dictionary<Guid, PartyFacts>> LoadAsync(CmsDb db, Viewer viewer, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // Left joins by key, not FirstOrDefault() in the projection: EF turns those into ROW_NUMBER() over every
        // (visible) organisation and household, which PostgreSQL computes in full before joining.
        var organisations = db.VisibleParties(viewer).Where(o => o.Kind == PartyKind.Organisation);
        var households = db.VisibleHouseholds(viewer);
        var rows = await (
            from p in db.Parties.AsNoTracking()
            where ids.Contains(p.Id)
            join o in organisations on ((Person)p).OrganisationId equals (Guid?)o.Id into os
            from o in os.DefaultIfEmpty()
            join h in db.Households on ((Person)p).HouseholdId equals (Guid?)h.Id into hs
            from h in hs.DefaultIfEmpty()
            // The party's own tier, else its household's.
            join t in db.Tiers on p.TierId ?? h.TierId equals (Guid?)t.Id into ts
            from t in ts.DefaultIfEmpty()
            select new
            {
                p.Id, p.Kind, p.DisplayName, p.Status, p.IsRestricted,
                ((Person)p).JobTitle,
                Organisation = o == null ? null : new { o.Id, o.DisplayName },
                Household = h == null ? null : new { h.Id, h.Name, h.IsRestricted, Visible = households.Any(v => v.Id == h.Id) },
                TierName = t == null ? null : t.Name,
            }).ToListAsync(ct);

        return rows.ToDictionary(r => r.Id, r =>
        {
            var household = r.Household is { Visible: true } h ? new PaneHouseholdDto(h.Id, h.Name, h.IsRestricted) : null;
            return new PartyFacts(r.Id, r.Kind, r.DisplayName, r.Status, r.IsRestricted || r.Household?.IsRestricted == true, r.JobTitle,
                r.Organisation is { } o ? new PaneRefDto(o.Id, o.DisplayName) : null, r.Household?.Id, household, r.TierName);
        });
    }
}
