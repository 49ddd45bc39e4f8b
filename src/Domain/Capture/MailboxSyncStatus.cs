using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Capture;

/// <summary>
/// How the last syncs of one mailbox went, for sync health: when a run last started, last succeeded and last failed
/// (with the error), consecutive failures, and how often Graph throttled it. Written by the worker after each run.
/// </summary>
public sealed class MailboxSyncStatus
{
    public const int ErrorMaxLength = 2000;

    private MailboxSyncStatus() { }

    public MailboxSyncStatus(Guid firmUserId) => FirmUserId = Guard.NotEmpty(firmUserId, nameof(firmUserId));

    public Guid FirmUserId { get; private set; }

    public DateTimeOffset? LastStartedAt { get; private set; }

    public DateTimeOffset? LastSucceededAt { get; private set; }

    public DateTimeOffset? LastFailedAt { get; private set; }

    public string? LastError { get; private set; }

    public int ConsecutiveFailures { get; private set; }

    /// <summary>Graph's 429 answers seen while syncing this mailbox (the SDK retried them).</summary>
    public long ThrottledResponses { get; private set; }

    public void Started(DateTimeOffset now) => LastStartedAt = now.ToUniversalTime();

    public void Succeeded(DateTimeOffset now, int throttled)
    {
        LastSucceededAt = now.ToUniversalTime();
        ConsecutiveFailures = 0;
        ThrottledResponses += throttled;
    }

    public void Failed(DateTimeOffset now, string error, int throttled)
    {
        LastFailedAt = now.ToUniversalTime();
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        ConsecutiveFailures++;
        ThrottledResponses += throttled;
    }
}
