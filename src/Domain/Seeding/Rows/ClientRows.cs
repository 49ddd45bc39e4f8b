using OutlookCms.Domain.Clients;

namespace OutlookCms.Domain.Seeding.Rows;

public sealed record TierRow(Guid Id, string Name, int Rank, int CadenceMinEveryDays, int CadenceMaxContacts, int CadenceWindowDays)
{
    public CadencePolicy Cadence => new(CadenceMinEveryDays, CadenceMaxContacts, CadenceWindowDays);
}

/// <summary>A row of <c>cms.parties</c> (people and organisations share the table; see <see cref="Kind"/>).</summary>
public sealed record PartyRow
{
    public required Guid Id { get; init; }

    public required PartyKind Kind { get; init; }

    public required string DisplayName { get; init; }

    public required PartyStatus Status { get; init; }

    public Guid? TierId { get; init; }

    public bool IsRestricted { get; init; }

    public CadencePolicy? CadenceOverride { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Organisations only.</summary>
    public string? LegalName { get; init; }

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public Guid? OrganisationId { get; init; }

    public Guid? DepartmentId { get; init; }

    public Guid? OfficeId { get; init; }

    public string? JobTitle { get; init; }

    public OrganisationRole? RoleAtOrganisation { get; init; }

    public int? InfluenceWeight { get; init; }

    public Guid? ReportsToId { get; init; }

    public Guid? HouseholdId { get; init; }
}

public sealed record HouseholdRow(Guid Id, string Name, decimal AssetsAmount, string AssetsCurrency, Guid? TierId, bool IsRestricted);

public sealed record EmailAddressRow(Guid Id, Guid PartyId, string Address, EmailKind Kind, bool IsPrimary);

public sealed record PhoneRow(Guid Id, Guid PartyId, string Number, PhoneKind Kind, bool IsPrimary);

public sealed record PostalAddressRow(
    Guid Id, Guid PartyId, AddressKind Kind, string Line1, string? Line2, string? Line3, string City, string? Region,
    string? Postcode, string CountryCode);

public sealed record OrganisationDomainRow(Guid Id, Guid OrganisationId, string Domain);

public sealed record OfficeRow(Guid Id, Guid OrganisationId, string Name, Guid AddressId);

public sealed record DepartmentRow(Guid Id, Guid OrganisationId, string Name, Guid? OfficeId);

/// <summary>A designated adviser of a party or (exclusively) a household; <see cref="To"/> set = ended, kept as history.</summary>
public sealed record CoverageRow(Guid Id, Guid? PartyId, Guid? HouseholdId, Guid AdviserId, CoverageRole Role, DateTimeOffset From, DateTimeOffset? To);

public sealed record PartyShareRow(
    Guid Id, Guid PartyId, Guid? SharedWithUserId, Guid? SharedWithTeamId, Guid SharedById, DateTimeOffset SharedAt, string? Reason);
