namespace OutlookCms.Domain.Capture;

/// <summary>
/// The Hangfire jobs a change notification starts. AddinHost, which receives the notifications, enqueues them through
/// this interface (it has no reference to the worker); GraphSync registers the implementation, so a worker runs them.
/// Arguments are ids only.
/// </summary>
public interface INotifiedMailboxSync
{
    /// <summary>Syncs the mailbox now (its delta streams), as its recurring job would.</summary>
    Task SyncAsync(Guid firmUserId);

    /// <summary>reauthorizationRequired → renew; subscriptionRemoved → create again; missed → sync the mailbox.</summary>
    Task LifecycleAsync(Guid firmUserId, MailboxStream stream, string lifecycleEvent);
}
