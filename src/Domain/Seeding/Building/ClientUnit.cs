using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

internal enum UnitKind
{
    Organisation,
    Household,
    Individual,
}

/// <summary>How the firm has treated a client over the history; decides the rhythm of its contacts.</summary>
internal enum Persona
{
    /// <summary>Contacted within the tier's cadence: never overdue, never too often.</summary>
    Normal,
    /// <summary>Contacts stopped more than the tier's minimum ago: overdue now.</summary>
    Neglected,
    /// <summary>Normal, plus a burst in the last window: "contacted too often" now.</summary>
    OverContacted,
    /// <summary>Hardly or never contacted in the history.</summary>
    Dormant,
    /// <summary>A former client: contacts only early in the history, no cadence.</summary>
    Former,
}

/// <summary>Someone the firm writes to and meets on behalf of a client unit.</summary>
internal sealed record Contact(Guid PartyId, string Address, string? AlternateAddress, string GivenName);

/// <summary>
/// One client relationship: an organisation with its people, a household with its members, or an individual.
/// Coverage, cadence, history and outcomes are generated per unit, so a unit's story hangs together.
/// </summary>
internal sealed class ClientUnit
{
    public required int Index { get; init; }

    public required UnitKind Kind { get; init; }

    public required Country Country { get; init; }

    /// <summary>The seat time zone of the reps who cover the unit.</summary>
    public required string Region { get; init; }

    public OrganisationKind? OrganisationKind { get; init; }

    /// <summary>The party the cadence and outcomes hang on: the organisation, the household's first member, the individual.</summary>
    public required Guid AnchorPartyId { get; init; }

    public Guid? OrganisationId { get; init; }

    public Guid? HouseholdId { get; init; }

    /// <summary>People to talk to, most important first.</summary>
    public required IReadOnlyList<Contact> Contacts { get; init; }

    public required PartyStatus Status { get; init; }

    /// <summary>When the relationship began (the anchor party's creation).</summary>
    public required DateTimeOffset Since { get; init; }

    public TierPlan? Tier { get; init; }

    public CadencePolicy? Cadence { get; init; }

    public required Persona Persona { get; init; }

    public required string Currency { get; init; }

    /// <summary>Assets with the firm (households, individuals) or the size of the relationship (organisations).</summary>
    public required decimal Assets { get; init; }

    public required bool IsRestricted { get; init; }

    public required Rep Primary { get; init; }

    public Rep? Secondary { get; init; }

    public bool IsInstitutional => Kind == UnitKind.Organisation;
}
