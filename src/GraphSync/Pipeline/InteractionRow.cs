using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>One interaction to upsert by its natural key.</summary>
public sealed record InteractionRow(
    Guid Id, Channel Channel, Direction Direction, DateTimeOffset OccurredAt, DateTimeOffset? EndsAt, string? Subject, string? Summary,
    string? InternetMessageId, string? InReplyTo, string? ConversationId, string? ICalUId, DateTimeOffset? OccurrenceStart, string NaturalKey, bool IsCancelled);
