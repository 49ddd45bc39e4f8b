using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// A matched party's own row with its organisation, household and tier: restricted when the party or its household
/// is; the cadence is the party's override, else its tier's, else its household's tier's.
/// </summary>
public sealed record PartyFacts(Guid Id, PartyKind Kind, string DisplayName, PartyStatus Status, bool IsRestricted,
    string? JobTitle, PaneRefDto? Organisation, Guid? HouseholdId, PaneHouseholdDto? Household, string? TierName,
    CadencePolicy? Cadence, bool CadenceIsOverride)
{
    public static async Task<Dictionary<Guid, PartyFacts>> LoadAsync(CmsDb db, Viewer viewer, List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var organisations = db.VisibleParties(viewer).Where(o => o.Kind == PartyKind.Organisation);
        var households = db.VisibleHouseholds(viewer);
        var rows = await (
            from p in db.Parties.AsNoTracking()
            where ids.Contains(p.Id)
            select new
            {
                p.Id, p.Kind, p.DisplayName, p.Status, p.IsRestricted, p.TierId,
                p.CadenceMinEveryDays, p.CadenceMaxContacts, p.CadenceWindowDays,
                ((Person)p).JobTitle,
                Organisation = organisations.Where(o => o.Id == ((Person)p).OrganisationId)
                    .Select(o => new { o.Id, o.DisplayName }).FirstOrDefault(),
                Household = db.Households.Where(h => h.Id == ((Person)p).HouseholdId)
                    .Select(h => new { h.Id, h.Name, h.IsRestricted, h.TierId, Visible = households.Any(v => v.Id == h.Id) })
                    .FirstOrDefault(),
            }).ToListAsync(ct);

        var tierIds = rows.SelectMany(r => new[] { r.TierId, r.Household?.TierId }).OfType<Guid>().Distinct().ToList();
        var tiers = await db.Tiers.AsNoTracking().Where(t => tierIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);

        return rows.ToDictionary(r => r.Id, r =>
        {
            var tier = r.TierId is { } own ? tiers.GetValueOrDefault(own) : r.Household?.TierId is { } shared ? tiers.GetValueOrDefault(shared) : null;
            var overrideCadence = r.CadenceMinEveryDays is { } every && r.CadenceMaxContacts is { } max && r.CadenceWindowDays is { } window
                ? new CadencePolicy(every, max, window)
                : null;
            var household = r.Household is { Visible: true } h ? new PaneHouseholdDto(h.Id, h.Name, h.IsRestricted) : null;
            return new PartyFacts(r.Id, r.Kind, r.DisplayName, r.Status, r.IsRestricted || r.Household?.IsRestricted == true, r.JobTitle,
                r.Organisation is { } o ? new PaneRefDto(o.Id, o.DisplayName) : null, r.Household?.Id, household, tier?.Name,
                overrideCadence ?? tier?.Cadence, overrideCadence is not null);
        });
    }
}
