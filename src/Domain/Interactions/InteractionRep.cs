using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Interactions;

/// <summary>A firm user who took part in an interaction, in a role.</summary>
public sealed class InteractionRep : IAudited
{
    private InteractionRep() { }

    internal InteractionRep(Guid interactionId, Guid firmUserId, ParticipantRole role, DateTimeOffset occurredAt)
    {
        InteractionId = interactionId;
        FirmUserId = firmUserId;
        Role = role;
        OccurredAt = occurredAt;
    }

    public Guid InteractionId { get; private set; }

    public Guid FirmUserId { get; private set; }

    public ParticipantRole Role { get; private set; }

    /// <summary>Copy of the interaction's time, so a rep's recent contacts are one index range scan.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    internal void Reschedule(DateTimeOffset occurredAt) => OccurredAt = occurredAt;
}
