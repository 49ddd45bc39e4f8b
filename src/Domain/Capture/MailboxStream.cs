namespace OutlookCms.Domain.Capture;

/// <summary>A delta stream of one mailbox that capture reads.</summary>
public enum MailboxStream
{
    Inbox,
    SentItems,
    Calendar,
}
