using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>Everything one delta page writes, as plain rows for the batched writer.</summary>
public sealed class PagePlan
{
    public List<InteractionRow> Interactions { get; } = [];

    public List<RepLink> Reps { get; } = [];

    public List<PartyLink> Parties { get; } = [];

    public List<DecisionRow> Decisions { get; } = [];

    public List<ReadResult.Poison> Quarantine { get; } = [];

    public List<Sighting> Sightings { get; } = [];

    /// <summary>Graph ids reported as <c>@removed</c>.</summary>
    public List<string> Removed { get; } = [];

    public int ItemCount => Decisions.Count + Removed.Count;
}

public sealed record InteractionRow(
    Guid Id, Channel Channel, Direction Direction, DateTimeOffset OccurredAt, DateTimeOffset? EndsAt, string? Subject, string? Summary,
    string? InternetMessageId, string? InReplyTo, string? ConversationId, string? ICalUId, DateTimeOffset? OccurrenceStart, string NaturalKey, bool IsCancelled);

public sealed record RepLink(string NaturalKey, Guid FirmUserId, ParticipantRole Role);

public sealed record PartyLink(string NaturalKey, Guid PartyId, ParticipantRole Role, string Address);

/// <param name="NaturalKey">The interaction the item was captured as, when captured.</param>
public sealed record DecisionRow(string GraphId, string? ItemKey, string? Sender, string? Subject, CaptureOutcome Outcome, CaptureReason Reason, string? Detail, string? NaturalKey);

public sealed record Sighting(string Address, string? Name, string InternetMessageId, DateTimeOffset SeenAt);
