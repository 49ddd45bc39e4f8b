using OutlookCms.Domain.Interactions;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>A contact recorded by hand from the pane. Direction defaults to Outbound (Internal for a note).</summary>
public sealed record LogContactRequest(Channel Channel, IReadOnlyList<Guid> PartyIds, DateTimeOffset? OccurredAt = null,
    int? DurationMinutes = null, string? Subject = null, string? Summary = null, Direction? Direction = null);

public sealed record LoggedContactDto(Guid Id, Channel Channel, Direction Direction, DateTimeOffset OccurredAt, string? Subject);

public sealed record SetFollowUpRequest(Guid PartyId, string Title, DateTimeOffset DueAt);

public sealed record CompleteFollowUpRequest(string? How = null);

public sealed record SnoozeFollowUpRequest(DateTimeOffset Until, string? Reason = null);

public sealed record TagInitiativeRequest(Guid PartyId, Guid InitiativeId);

public sealed record MaterialSentRequest(Guid PartyId, Guid MaterialId, Guid? InteractionId = null);

/// <summary>
/// "Add as prospect" for an unknown sender. The organisation is an existing one (<see cref="OrganisationId"/>) or a new
/// one made from <see cref="OrganisationName"/> with the address's domain (refused for free-mail domains).
/// </summary>
public sealed record AddProspectRequest(string Address, string GivenName, string FamilyName, Guid? OrganisationId = null,
    string? OrganisationName = null, string? JobTitle = null);

public sealed record ProspectCreatedDto(Guid PartyId, string DisplayName, Guid? OrganisationId, bool AcceptedFromQueue);

public sealed record CatalogueDto(IReadOnlyList<CatalogueItemDto> Initiatives, IReadOnlyList<CatalogueItemDto> Materials);

public sealed record CatalogueItemDto(Guid Id, string Name, string? Detail);
