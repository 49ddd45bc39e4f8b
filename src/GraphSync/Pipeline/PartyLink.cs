using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>A matched party on an interaction, by the interaction's natural key.</summary>
public sealed record PartyLink(string NaturalKey, Guid PartyId, ParticipantRole Role, string Address);
