namespace OutlookCms.Domain.Capture;

/// <summary>
/// "This mailbox has news: sync it soon", left by a change notification. At most one row per mailbox, so a burst of
/// notifications enqueues one sync; the sync job deletes the row when it starts, so news arriving during that sync
/// asks for another. A row older than <see cref="StaleAfter"/> no longer holds requests back (its job was lost).
/// </summary>
public sealed class MailboxSyncRequest
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private MailboxSyncRequest() { }

    public Guid FirmUserId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
}
