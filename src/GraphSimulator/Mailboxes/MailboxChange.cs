namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>What a subscription can hear about: an item of one mailbox was created, updated or deleted.</summary>
/// <param name="Kind">message or event.</param>
/// <param name="ChangeType">created, updated or deleted, as Graph names them.</param>
/// <param name="FolderId">The message's folder (for a delete or move-out: the folder it left); null for events.</param>
public sealed record MailboxChange(Mailbox Mailbox, string Kind, string ChangeType, string ItemId, string? FolderId, string? ChangeKey);

/// <summary>Every change of every mailbox, in the order they happened, for the notification dispatcher.</summary>
public sealed class MailboxChangeFeed
{
    private readonly System.Threading.Channels.Channel<MailboxChange> _channel =
        System.Threading.Channels.Channel.CreateUnbounded<MailboxChange>(new() { SingleReader = true });

    public System.Threading.Channels.ChannelReader<MailboxChange> Reader => _channel.Reader;

    /// <summary>Never blocks (unbounded): called under a mailbox's lock.</summary>
    public void Publish(MailboxChange change) => _channel.Writer.TryWrite(change);
}
