namespace OutlookCms.Domain.Capture;

/// <summary>
/// How the last syncs of one mailbox went, for sync health: when a run last started, last succeeded and last failed
/// (with the error), consecutive failures, and how often Graph throttled it. Written by the worker (plain SQL upserts, counters added in place) at the start and end of each run.
/// </summary>
public sealed class MailboxSyncStatus
{
    public const int ErrorMaxLength = 2000;

    private MailboxSyncStatus() { }

    public Guid FirmUserId { get; private set; }

    public DateTimeOffset? LastStartedAt { get; private set; }

    public DateTimeOffset? LastSucceededAt { get; private set; }

    public DateTimeOffset? LastFailedAt { get; private set; }

    public string? LastError { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    /// <summary>Graph's 429 answers seen while syncing this mailbox (the SDK retried them).</summary>
    public long ThrottledResponses { get; private set; }
}
