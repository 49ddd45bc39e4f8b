using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;

namespace OutlookCms.Domain.Seeding.Rows;

/// <summary>A row of <c>cms.interactions</c>; a struct because there are a million of them at scale 20.</summary>
public readonly record struct InteractionRow(
    Guid Id, Channel Channel, Direction Direction, InteractionSource Source, DateTimeOffset OccurredAt, DateTimeOffset? EndsAt,
    string? Subject, string? Summary, string? InternetMessageId, string? InReplyToMessageId, string? ConversationId,
    string? ICalUId, DateTimeOffset? OccurrenceStart, string? NaturalKey, Guid? LoggedById, bool IsCancelled, DateTimeOffset CreatedAt,
    string? Notes = null, DateTimeOffset? NotesRecordedAt = null, Guid? NotesRecordedById = null);

public readonly record struct InteractionPartyRow(Guid InteractionId, Guid PartyId, ParticipantRole Role, DateTimeOffset OccurredAt, string? MatchedAddress);

public readonly record struct InteractionRepRow(Guid InteractionId, Guid FirmUserId, ParticipantRole Role, DateTimeOffset OccurredAt);

/// <summary>A contact with a restricted party by a rep who is not one of its designated advisers; reviewed by the rep's manager, or not yet.</summary>
public sealed record CoverageBreachRow(
    Guid Id, Guid InteractionId, Guid PartyId, Guid RepId, DateTimeOffset OccurredAt, DateTimeOffset DetectedAt, Guid? ReviewedById,
    DateTimeOffset? ReviewedAt, string? ReviewNote);

public sealed record FollowUpRow
{
    public required Guid Id { get; init; }

    public required Guid PartyId { get; init; }

    public required Guid OwnerId { get; init; }

    public required FollowUpReason Reason { get; init; }

    public string? Title { get; init; }

    public Guid? SourceInteractionId { get; init; }

    public string? RuleKey { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required FollowUpStatus Status { get; init; }

    public DateTimeOffset? SnoozedUntil { get; init; }

    public string? SnoozeReason { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public Guid? ClosedById { get; init; }

    public string? ClosedHow { get; init; }

    public Guid? ClosingInteractionId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

public sealed record OutcomeRow
{
    public required Guid Id { get; init; }

    public required OutcomeKind Kind { get; init; }

    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public DateOnly? ExpectedOn { get; init; }

    public Guid? PartyId { get; init; }

    public Guid? HouseholdId { get; init; }

    public required Guid ReportedById { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }

    public required OutcomeStatus Status { get; init; }

    public Guid? DecidedById { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Evidence { get; init; }

    public string? DecisionReason { get; init; }

    public string? Notes { get; init; }
}

public readonly record struct OutcomeInteractionRow(Guid OutcomeId, Guid InteractionId);
