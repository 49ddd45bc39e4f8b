using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// An organisation's structure for its page and org chart: offices with their addresses, departments and the office
/// each sits in, and the people who work there with title, role in a decision, influence and whom they report to.
/// People pass the access rule one by one: a restricted person the viewer may not see is left out (and whoever
/// reports to them is drawn as a root).
/// </summary>
public static class OrganisationStructureApi
{
    public static void MapOrganisationStructureApi(this WebApplication app) =>
        app.MapGet("/api/organisations/{id:guid}/structure", Get).WithTags("Parties").RequireAuthorization(Policies.AnyFirmUser);

    public sealed record OfficeDto(Guid Id, string Name, PartiesApi.PostalAddressDto? Address);

    public sealed record DepartmentDto(Guid Id, string Name, Guid? OfficeId);

    public sealed record OrgPersonDto(Guid Id, string DisplayName, string? JobTitle, OrganisationRole? Role, int? Influence,
        Guid? DepartmentId, Guid? OfficeId, Guid? ReportsToId, string? Email, string? Phone);

    public sealed record OrganisationStructureDto(Guid Id, string Name, IReadOnlyList<OfficeDto> Offices,
        IReadOnlyList<DepartmentDto> Departments, IReadOnlyList<OrgPersonDto> People);

    /// <summary>At most this many people are listed (a very large organisation is searched, not charted).</summary>
    public const int MaxPeople = 500;

    private static async Task<Results<Ok<OrganisationStructureDto>, NotFound>> Get(Guid id, CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var visible = db.VisibleParties(viewer);
        var organisation = await visible.OfType<Organisation>().AsNoTracking()
            .Where(o => o.Id == id && o.MergedIntoId == null).Select(o => new { o.Id, o.DisplayName }).SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var offices = await db.Offices.AsNoTracking().Where(o => o.OrganisationId == id).Include(o => o.Address).OrderBy(o => o.Name).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().Where(d => d.OrganisationId == id).OrderBy(d => d.Name)
            .Select(d => new DepartmentDto(d.Id, d.Name, d.OfficeId)).ToListAsync(ct);
        var people = await (
            from p in visible.OfType<Person>().AsNoTracking()
            where p.OrganisationId == id && p.MergedIntoId == null
            orderby p.InfluenceWeight descending, p.DisplayName
            select new OrgPersonDto(p.Id, p.DisplayName, p.JobTitle, p.RoleAtOrganisation, p.InfluenceWeight, p.DepartmentId, p.OfficeId,
                p.ReportsToId,
                p.Emails.OrderByDescending(e => e.IsPrimary).Select(e => e.Address).FirstOrDefault(),
                p.Phones.OrderByDescending(ph => ph.IsPrimary).Select(ph => ph.Number).FirstOrDefault()))
            .Take(MaxPeople).ToListAsync(ct);

        return TypedResults.Ok(new OrganisationStructureDto(organisation.Id, organisation.DisplayName,
            [.. offices.Select(o => new OfficeDto(o.Id, o.Name, o.Address is { } a ? PartiesApi.PostalAddressDto.From(a) : null))],
            departments, people));
    }
}
