using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Outcomes;

/// <summary>Links an outcome to an interaction that led to it.</summary>
public sealed class OutcomeInteraction : IAudited
{
    private OutcomeInteraction() { }

    internal OutcomeInteraction(Guid outcomeId, Guid interactionId)
    {
        OutcomeId = outcomeId;
        InteractionId = interactionId;
    }

    public Guid OutcomeId { get; private set; }

    public Guid InteractionId { get; private set; }
}
