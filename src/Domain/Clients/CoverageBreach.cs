using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>
/// A contact with a restricted party by a rep who is not one of its designated advisers: recorded (once per
/// interaction, party and rep, so detection is re-entrant) and shown to the rep's manager, never dropped.
/// </summary>
public sealed class CoverageBreach : IAudited
{
    private CoverageBreach() { }

    public CoverageBreach(Guid interactionId, Guid partyId, Guid repId, DateTimeOffset occurredAt, DateTimeOffset detectedAt)
    {
        Id = Guid.CreateVersion7();
        InteractionId = Guard.NotEmpty(interactionId, nameof(interactionId));
        PartyId = Guard.NotEmpty(partyId, nameof(partyId));
        RepId = Guard.NotEmpty(repId, nameof(repId));
        OccurredAt = occurredAt.ToUniversalTime();
        DetectedAt = detectedAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid InteractionId { get; private set; }

    public Guid PartyId { get; private set; }

    public Guid RepId { get; private set; }

    /// <summary>When the contact happened.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public Guid? ReviewedById { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>What the manager concluded (e.g. "client called the wrong rep; redirected").</summary>
    public string? ReviewNote { get; private set; }

    public bool IsReviewed => ReviewedAt is not null;

    public void Review(Guid managerId, string note, DateTimeOffset at)
    {
        if (IsReviewed)
        {
            throw new DomainRuleException("This breach has already been reviewed.");
        }

        if (managerId == RepId)
        {
            throw new DomainRuleException("A rep cannot review their own coverage breach.", nameof(managerId));
        }

        ReviewedById = Guard.NotEmpty(managerId, nameof(managerId));
        ReviewNote = Guard.Required(note, nameof(note), 2000);
        ReviewedAt = at.ToUniversalTime();
    }
}
