using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Api.ClientBook;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>People and organisations. Reads go through the access rule (search included); a party the caller may not see is a 404.</summary>
public static class PartiesApi
{
    public static void MapPartiesApi(this WebApplication app)
    {
        var parties = app.MapGroup("/api/parties").WithTags("Parties");
        parties.MapGet("/{id:guid}", GetParty).RequireAuthorization(Policies.AnyFirmUser);
        parties.MapGet("/search", Search).RequireAuthorization(Policies.AnyFirmUser);
        parties.MapGet("/{id:guid}/overview", GetOverview).RequireAuthorization(Policies.AnyFirmUser);

        app.MapPost("/api/people", CreatePerson).WithTags("Parties").RequireAuthorization(Policies.RepOrManager);
    }

    public sealed record EmailDto(string Address, EmailKind Kind, bool IsPrimary = false);

    public sealed record PhoneDto(string Number, PhoneKind Kind);

    public sealed record PartyDto(Guid Id, PartyKind Kind, string DisplayName, PartyStatus Status, bool IsRestricted,
        IReadOnlyList<EmailDto> Emails, IReadOnlyList<PhoneDto> Phones);

    public sealed record PostalAddressDto(Guid Id, AddressKind Kind, string Line1, string? Line2, string? Line3, string City, string? Region,
        string? Postcode, string CountryCode)
    {
        public static PostalAddressDto From(PostalAddress a) => new(a.Id, a.Kind, a.Line1, a.Line2, a.Line3, a.City, a.Region, a.Postcode, a.CountryCode);
    }

    /// <summary>
    /// A party's page: what the pane shows about it, with a longer timeline, and all its contact details; the names and
    /// <see cref="Version"/> are what an edit (`PUT /api/parties/{id}`) sends back.
    /// </summary>
    public sealed record PartyOverviewDto(PanePartyDto Party, IReadOnlyList<EmailDto> Emails, IReadOnlyList<PhoneDto> Phones,
        IReadOnlyList<PostalAddressDto> Addresses, string? GivenName, string? FamilyName, uint Version);

    /// <summary>How many of a party's latest interactions its page lists.</summary>
    public const int TimelineLength = 50;

    public sealed record CreatePersonRequest(string GivenName, string FamilyName, PartyStatus Status,
        IReadOnlyList<EmailDto> Emails, IReadOnlyList<PhoneDto>? Phones = null);

    private static async Task<Results<Ok<PartyDto>, NotFound>> GetParty(Guid id, CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var party = await db.VisibleParties(viewer).AsNoTracking()
            .Include(p => p.Emails).Include(p => p.Phones)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        return party is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(party));
    }

    private static async Task<Results<Ok<PartyOverviewDto>, NotFound>> GetOverview(Guid id, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var overview = await OverviewAsync(id, await current.GetAsync(ct), await current.ViewerAsync(ct), db, time, ct);
        return overview is null ? TypedResults.NotFound() : TypedResults.Ok(overview);
    }

    /// <summary>A party's page as <paramref name="viewer"/> may see it; a merged duplicate's is its survivor's; null when hidden or unknown.</summary>
    public static async Task<PartyOverviewDto?> OverviewAsync(Guid id, FirmUser me, Viewer viewer, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        // A merged party's page is its survivor's (links and bookmarks to the duplicate keep working).
        var survivorId = await db.Parties.Where(p => p.Id == id).Select(p => p.MergedIntoId ?? p.Id).SingleOrDefaultAsync(ct);
        var party = await db.VisibleParties(viewer).AsNoTracking().AsSplitQuery()
            .Include(p => p.Emails).Include(p => p.Phones).Include(p => p.Addresses)
            .SingleOrDefaultAsync(p => p.Id == survivorId, ct);
        if (party is null)
        {
            return null;
        }

        var overview = (await new PaneReader(db, time).ReadPartiesAsync(me, viewer, [party.Id], null, TimelineLength, time.GetUtcNow(), ct)).Single();
        var dto = ToDto(party);
        var person = party as Person;
        return new PartyOverviewDto(overview, dto.Emails, dto.Phones,
            [.. party.Addresses.OrderBy(a => a.Kind).ThenBy(a => a.Id).Select(PostalAddressDto.From)], person?.GivenName, person?.FamilyName, party.Version);
    }

    private static async Task<Results<Ok<List<PartySearchHitDto>>, ValidationProblem>> Search(
        [FromQuery] string? q, [FromQuery] int? limit, CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var take = limit ?? 20;
        var errors = PartySearch.Validate(q, take);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await new PartySearch(db).FindAsync(await current.ViewerAsync(ct), q!, take, ct));
    }

    private static async Task<Created<PartyDto>> CreatePerson(
        CreatePersonRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        await current.GetAsync(ct);
        var person = new Person(request.GivenName, request.FamilyName, request.Status, time.GetUtcNow());
        foreach (var email in request.Emails)
        {
            person.AddEmail(email.Address, email.Kind, email.IsPrimary);
        }

        foreach (var phone in request.Phones ?? [])
        {
            person.AddPhone(phone.Number, phone.Kind);
        }

        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/parties/{person.Id}", ToDto(person));
    }

    private static PartyDto ToDto(Party p) => new(p.Id, p.Kind, p.DisplayName, p.Status, p.IsRestricted,
        [.. p.Emails.OrderByDescending(e => e.IsPrimary).Select(e => new EmailDto(e.Address, e.Kind, e.IsPrimary))],
        [.. p.Phones.Select(ph => new PhoneDto(ph.Number, ph.Kind))]);
}
