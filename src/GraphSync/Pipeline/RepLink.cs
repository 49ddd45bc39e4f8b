using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>A firm user on an interaction, by the interaction's natural key.</summary>
public sealed record RepLink(string NaturalKey, Guid FirmUserId, ParticipantRole Role);
