using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Pipeline;
using OutlookCms.GraphSync.Subscriptions;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>
/// What AddinHost enqueues for a change notification (<see cref="INotifiedMailboxSync"/>): a sync of the mailbox now,
/// or the answer to a lifecycle event. Delta stays the source of truth, so a failure here is only logged: the
/// mailbox's recurring sync catches up a minute later anyway.
/// </summary>
public sealed partial class NotifiedMailboxSyncJob(
    CmsDb db,
    MailboxSync sync,
    SubscriptionManager subscriptions,
    ILogger<NotifiedMailboxSyncJob> logger) : INotifiedMailboxSync
{
    public async Task SyncAsync(Guid firmUserId)
    {
        // First: a notification arriving from now on asks for another sync, which then sees its change.
        await db.MailboxSyncRequests.Where(r => r.FirmUserId == firmUserId).ExecuteDeleteAsync();
        try
        {
            var result = await sync.SyncAsync(firmUserId, CancellationToken.None);
            if (!result.Locked)
            {
                // The running sync may have read before the change: leave it a request, which it takes before (or
                // just after) letting the mailbox go, and try once more in case it let go in between.
                await sync.RequestAgainAsync(firmUserId, CancellationToken.None);
                await sync.SyncAsync(firmUserId, CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // Delta is the source of truth: the recurring sync retries; a notified sync only comes early.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e, firmUserId);
        }
    }

    public async Task LifecycleAsync(Guid firmUserId, MailboxStream stream, string lifecycleEvent)
    {
        var mailbox = await db.FirmUsers.AsNoTracking().Where(u => u.Id == firmUserId).Select(u => u.Email).SingleOrDefaultAsync();
        if (mailbox is null)
        {
            return;
        }

        await subscriptions.RecordLifecycleAsync(firmUserId, stream, lifecycleEvent, CancellationToken.None);
        switch (lifecycleEvent)
        {
            case "reauthorizationRequired":
                await subscriptions.ReauthorizeAsync(firmUserId, stream, mailbox, CancellationToken.None);
                break;
            case "subscriptionRemoved":
                await subscriptions.RecreateAsync(firmUserId, stream, mailbox, CancellationToken.None);
                // Changes between the removal and the new subscription were not notified.
                await SyncAsync(firmUserId);
                break;
            case "missed":
                await SyncAsync(firmUserId);
                break;
            default:
                LogUnknown(logger, lifecycleEvent, firmUserId);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notified sync of {FirmUserId} failed; the recurring sync catches up")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid firmUserId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown lifecycle event {LifecycleEvent} for {FirmUserId}; ignored")]
    private static partial void LogUnknown(ILogger logger, string lifecycleEvent, Guid firmUserId);
}
