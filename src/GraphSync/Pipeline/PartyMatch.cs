using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>A party that took part, the role it had and the address that matched it.</summary>
public sealed record PartyMatch(Guid PartyId, ParticipantRole Role, string Address);
