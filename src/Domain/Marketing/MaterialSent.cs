using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Marketing;

/// <summary>Records that a party received a material ("who already has the brochure for product X?").</summary>
public sealed class MaterialSent : IAudited
{
    private MaterialSent() { }

    public MaterialSent(Guid materialId, Guid partyId, Guid sentById, DateTimeOffset sentAt, Guid? interactionId = null)
    {
        Id = Guid.CreateVersion7();
        MaterialId = Guard.NotEmpty(materialId, nameof(materialId));
        PartyId = Guard.NotEmpty(partyId, nameof(partyId));
        SentById = Guard.NotEmpty(sentById, nameof(sentById));
        SentAt = sentAt.ToUniversalTime();
        InteractionId = interactionId;
    }

    public Guid Id { get; private set; }

    public Guid MaterialId { get; private set; }

    public Guid PartyId { get; private set; }

    public Guid SentById { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The email or letter that carried it, when known.</summary>
    public Guid? InteractionId { get; private set; }
}
