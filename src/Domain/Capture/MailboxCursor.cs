using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Capture;

/// <summary>
/// Where capture stands in one delta stream of one rep's mailbox: the last deltaLink (or nextLink mid-sync).
/// Saved in the same transaction as the page it follows, so a crash replays a page rather than skipping one.
/// Not audited: it changes on every page and says nothing about client data.
/// </summary>
public sealed class MailboxCursor
{
    public const int LinkMaxLength = 8000;

    private MailboxCursor() { }

    public MailboxCursor(Guid firmUserId, MailboxStream stream, DateTimeOffset now)
    {
        FirmUserId = Guard.NotEmpty(firmUserId, nameof(firmUserId));
        Stream = stream;
        UpdatedAt = now.ToUniversalTime();
    }

    public Guid FirmUserId { get; private set; }

    public MailboxStream Stream { get; private set; }

    /// <summary>The URL to resume from; null = start a full (initial) sync.</summary>
    public string? Link { get; private set; }

    /// <summary>True while a sync is between pages (<see cref="Link"/> is a nextLink, not a deltaLink).</summary>
    public bool IsMidSync { get; private set; }

    public DateTimeOffset? LastCompletedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A page was processed and more follow.</summary>
    public void AdvanceTo(string nextLink, DateTimeOffset now)
    {
        Link = Guard.Required(nextLink, nameof(nextLink), LinkMaxLength);
        IsMidSync = true;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>The last page was processed; the next sync resumes from this deltaLink.</summary>
    public void Complete(string deltaLink, DateTimeOffset now)
    {
        Link = Guard.Required(deltaLink, nameof(deltaLink), LinkMaxLength);
        IsMidSync = false;
        LastCompletedAt = now.ToUniversalTime();
        UpdatedAt = LastCompletedAt.Value;
    }

    /// <summary>Graph answered 410 / syncStateNotFound: start over (the natural keys make the replay create no duplicates).</summary>
    public void Reset(DateTimeOffset now)
    {
        Link = null;
        IsMidSync = false;
        UpdatedAt = now.ToUniversalTime();
    }
}
