namespace OutlookCms.Domain.Capture;

/// <summary>A delta stream of one mailbox that capture reads.</summary>
public enum MailboxStream
{
    Inbox,
    SentItems,
    Calendar,
    /// <summary>The well-known Archive folder: mail a rep files there stays one interaction (same internetMessageId).</summary>
    Archive,
}
