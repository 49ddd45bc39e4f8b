using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Marketing;

/// <summary>Tags a outcome with an initiative (e.g. attended the event, was contacted for the promotion).</summary>
public sealed class OutcomeInitiative : IAudited
{
    private OutcomeInitiative() { }

    public OutcomeInitiative(Guid outcomeId, Guid initiativeId, Guid? taggedById, DateTimeOffset taggedAt)
    {
        OutcomeId = Guard.NotEmpty(outcomeId, nameof(outcomeId));
        InitiativeId = Guard.NotEmpty(initiativeId, nameof(initiativeId));
        TaggedById = taggedById;
        TaggedAt = taggedAt.ToUniversalTime();
    }

    public Guid OutcomeId { get; private set; }

    public Guid InitiativeId { get; private set; }

    /// <summary>Who tagged it; null when an import or a rule did.</summary>
    public Guid? TaggedById { get; private set; }

    public DateTimeOffset TaggedAt { get; private set; }
}
