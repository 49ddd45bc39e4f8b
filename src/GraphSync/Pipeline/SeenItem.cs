using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>
/// A message or an event of one mailbox, read from a delta page and normalised: what policy, matching and
/// the writer need, nothing Graph-specific.
/// </summary>
public sealed record SeenItem
{
    public required string GraphId { get; init; }

    public required Channel Channel { get; init; }

    /// <summary>The interaction's natural key: internetMessageId, or iCalUId|occurrence start.</summary>
    public required string NaturalKey { get; init; }

    public string? InternetMessageId { get; init; }

    public string? ConversationId { get; init; }

    public string? InReplyTo { get; init; }

    public string? ICalUId { get; init; }

    public DateTimeOffset? OccurrenceStart { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? EndsAt { get; init; }

    public string? Subject { get; init; }

    public string? Summary { get; init; }

    /// <summary>Sender of a message, organizer of a meeting.</summary>
    public required Participant From { get; init; }

    /// <summary>Everyone on the item, the sender / organizer included.</summary>
    public required IReadOnlyList<Participant> Participants { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>Marked personal or private (PR_SENSITIVITY, the Sensitivity header, or the event's sensitivity).</summary>
    public bool IsPrivate { get; init; }

    /// <summary>Why it looks like bulk mail (a header or Focused Inbox), or null.</summary>
    public string? BulkSignal { get; init; }

    /// <summary>The mailbox owner declined the meeting.</summary>
    public bool IsDeclined { get; init; }

    public bool IsCancelled { get; init; }
}
