using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Interactions;

/// <summary>A client party that took part in an interaction, in a role.</summary>
public sealed class InteractionParty : IAudited
{
    private InteractionParty() { }

    internal InteractionParty(Guid interactionId, Guid partyId, ParticipantRole role, DateTimeOffset occurredAt, string? matchedAddress)
    {
        InteractionId = interactionId;
        PartyId = partyId;
        Role = role;
        OccurredAt = occurredAt;
        MatchedAddress = matchedAddress;
    }

    public Guid InteractionId { get; private set; }

    public Guid PartyId { get; private set; }

    public ParticipantRole Role { get; private set; }

    /// <summary>Copy of the interaction's time, so "last contacts of a party" is one index range scan.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The address that matched the party, when captured (explains the match later).</summary>
    public string? MatchedAddress { get; private set; }

    internal void Reschedule(DateTimeOffset occurredAt) => OccurredAt = occurredAt;
}
