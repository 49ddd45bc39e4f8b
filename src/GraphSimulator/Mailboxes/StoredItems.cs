using System.Text.Json;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>A MAPI property readable through <c>singleValueExtendedProperties</c>, e.g. <c>Integer 0x36</c> (PR_SENSITIVITY).</summary>
public sealed record ExtendedProperty(string Id, string Value);

/// <summary>A message as the mailbox holds it: Graph's JSON (immutable, replaced on change) plus its place in the journal.</summary>
public sealed class StoredMessage(string id, string folderId, JsonElement json, IReadOnlyList<ExtendedProperty> extendedProperties, byte[]? mime = null)
{
    public string Id { get; } = id;

    public string FolderId { get; internal set; } = folderId;

    public JsonElement Json { get; internal set; } = json;

    public IReadOnlyList<ExtendedProperty> ExtendedProperties { get; internal set; } = extendedProperties;

    /// <summary>The MIME the message was created from (Graph's MIME form of create or sendMail), never changed; null for
    /// JSON-created mail. <c>$value</c> serves its body parts, so the plain-text part of a multipart message is kept.</summary>
    public byte[]? Mime { get; internal set; } = mime;

    /// <summary>Journal position of the last change.</summary>
    public long Sequence { get; internal set; }

    /// <summary>Journal position at which the message entered its current folder (for <c>changeType=created</c>).</summary>
    public long EnteredSequence { get; internal set; }
}

/// <summary>An event of the primary calendar with its instant range in UTC (for calendar views).</summary>
public sealed class StoredEvent(string id, JsonElement json, IReadOnlyList<ExtendedProperty> extendedProperties, EventSpan span)
{
    public string Id { get; } = id;

    public JsonElement Json { get; internal set; } = json;

    public IReadOnlyList<ExtendedProperty> ExtendedProperties { get; internal set; } = extendedProperties;

    public EventSpan Span { get; internal set; } = span;

    public long Sequence { get; internal set; }

    public long CreatedSequence { get; internal set; }
}

/// <summary>When an event takes place, in UTC, and its Graph type (seriesMaster never shows in a calendar view).</summary>
public sealed record EventSpan(DateTimeOffset StartUtc, DateTimeOffset EndUtc, string Type)
{
    public bool IsSeriesMaster => Type == "seriesMaster";

    /// <summary>Graph's calendar view holds events that overlap the window; a zero-length event at the start counts.</summary>
    public bool Overlaps(DateTimeOffset windowStart, DateTimeOffset windowEnd) =>
        StartUtc < windowEnd && (EndUtc > windowStart || (EndUtc == StartUtc && StartUtc >= windowStart));
}

/// <summary>One change in a mailbox's journal: an item's latest state, or its removal (from a folder, for mail).</summary>
public sealed record JournalEntry(JournalKind Kind, string ItemId, string? FolderId);

public enum JournalKind
{
    Message,
    MessageRemoved,
    Event,
    EventRemoved,
}
