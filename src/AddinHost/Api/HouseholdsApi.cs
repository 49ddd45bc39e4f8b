using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// A household's page: its members (those the viewer may see), its assets with the firm, its tier and designated
/// advisers, and the confirmed and pending outcomes of its members — what a wealth adviser asks first.
/// </summary>
public static class HouseholdsApi
{
    public static void MapHouseholdsApi(this WebApplication app) =>
        app.MapGet("/api/households/{id:guid}", Get).WithTags("Parties").RequireAuthorization(Policies.AnyFirmUser);

    public sealed record MemberDto(Guid Id, string DisplayName, PartyStatus Status, bool IsRestricted, string? Email, string? Phone);

    public sealed record AdviserDto(Guid Id, string DisplayName, CoverageRole Role);

    public sealed record OutcomeTotalDto(OutcomeKind Kind, OutcomeStatus Status, string Currency, decimal Amount, int Count);

    public sealed record HouseholdDto(Guid Id, string Name, bool IsRestricted, decimal AssetsAmount, string AssetsCurrency, string? Tier,
        IReadOnlyList<AdviserDto> Advisers, IReadOnlyList<MemberDto> Members, IReadOnlyList<OutcomeTotalDto> Outcomes);

    private static async Task<Results<Ok<HouseholdDto>, NotFound>> Get(Guid id, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var household = await (
            from h in db.VisibleHouseholds(viewer).AsNoTracking()
            where h.Id == id
            join t in db.Tiers on h.TierId equals (Guid?)t.Id into tiers
            from t in tiers.DefaultIfEmpty()
            select new { h.Id, h.Name, h.IsRestricted, h.AssetsAmount, h.AssetsCurrency, Tier = t == null ? null : t.Name })
            .SingleOrDefaultAsync(ct);
        if (household is null)
        {
            return TypedResults.NotFound();
        }

        var members = await db.VisibleParties(viewer).OfType<Person>().AsNoTracking()
            .Where(p => p.HouseholdId == id && p.MergedIntoId == null).OrderBy(p => p.DisplayName)
            .Select(p => new MemberDto(p.Id, p.DisplayName, p.Status, p.IsRestricted,
                p.Emails.OrderByDescending(e => e.IsPrimary).Select(e => e.Address).FirstOrDefault(),
                p.Phones.OrderByDescending(ph => ph.IsPrimary).Select(ph => ph.Number).FirstOrDefault()))
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        var advisers = await (
            from c in db.CoverageAssignments.AsNoTracking()
            where c.HouseholdId == id && c.From <= now && (c.To == null || c.To > now)
            join u in db.FirmUsers on c.AdviserId equals u.Id
            orderby c.Role, u.DisplayName
            select new AdviserDto(u.Id, u.DisplayName, c.Role)).ToListAsync(ct);
        var memberIds = members.Select(m => m.Id).ToList();
        var outcomes = await db.Outcomes.AsNoTracking()
            .Where(o => o.HouseholdId == id || (o.PartyId != null && memberIds.Contains(o.PartyId.Value)))
            .GroupBy(o => new { o.Kind, o.Status, o.Currency })
            .Select(g => new OutcomeTotalDto(g.Key.Kind, g.Key.Status, g.Key.Currency, g.Sum(o => o.Amount), g.Count()))
            .ToListAsync(ct);

        return TypedResults.Ok(new HouseholdDto(household.Id, household.Name, household.IsRestricted, household.AssetsAmount,
            household.AssetsCurrency, household.Tier, advisers, members,
            [.. outcomes.OrderBy(o => o.Kind).ThenBy(o => o.Status).ThenBy(o => o.Currency, StringComparer.Ordinal)]));
    }
}
