using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Marketing;

/// <summary>Tags a interaction with an initiative (e.g. attended the event, was contacted for the promotion).</summary>
public sealed class InteractionInitiative : IAudited
{
    private InteractionInitiative() { }

    public InteractionInitiative(Guid interactionId, Guid initiativeId, Guid? taggedById, DateTimeOffset taggedAt)
    {
        InteractionId = Guard.NotEmpty(interactionId, nameof(interactionId));
        InitiativeId = Guard.NotEmpty(initiativeId, nameof(initiativeId));
        TaggedById = taggedById;
        TaggedAt = taggedAt.ToUniversalTime();
    }

    public Guid InteractionId { get; private set; }

    public Guid InitiativeId { get; private set; }

    /// <summary>Who tagged it; null when an import or a rule did.</summary>
    public Guid? TaggedById { get; private set; }

    public DateTimeOffset TaggedAt { get; private set; }
}
