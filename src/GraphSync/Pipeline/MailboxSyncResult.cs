namespace OutlookCms.GraphSync.Pipeline;

/// <summary>What one sync of one mailbox did, per stream.</summary>
public sealed record MailboxSyncResult(bool Locked, IReadOnlyList<StreamSyncResult> Streams)
{
    /// <summary>Graph's code when it has no mailbox for the user (ErrorInvalidUser, MailboxNotEnabledForRESTAPI); the run stopped.</summary>
    public string? MailboxUnavailable { get; init; }

    /// <summary>Another worker holds the mailbox: this run did nothing, by design.</summary>
    public static readonly MailboxSyncResult Busy = new(false, []);
}
