namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>One meeting occurrence (or single meeting), before it is copied into the calendars of the organizer and attendees.</summary>
internal sealed record MeetingPlan
{
    public required string Case { get; init; }

    /// <summary>Every occurrence has its own iCalUId, shared by every attendee's copy.</summary>
    public required string ICalUId { get; init; }

    /// <summary>singleInstance, occurrence or exception.</summary>
    public required string Type { get; init; }

    /// <summary>The series this occurrence belongs to (its master's iCalUId), or null.</summary>
    public string? SeriesUid { get; init; }

    public required MailAddress Organizer { get; init; }

    public required IReadOnlyList<MailAddress> Attendees { get; init; }

    /// <summary>A meeting room: a resource attendee, not a person.</summary>
    public MailAddress? Room { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    /// <summary>Where a series put the occurrence before it was moved (occurrences and exceptions only).</summary>
    public DateTimeOffset? OriginalStart { get; init; }

    /// <summary>The zone the organizer wrote it in (IANA), used for <c>start</c>/<c>end</c>.</summary>
    public required string TimeZoneId { get; init; }

    public bool IsCancelled { get; init; }

    public bool IsPrivate { get; init; }

    public bool IsOnline { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public string? Location { get; init; }
}
