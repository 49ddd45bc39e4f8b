using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Notifications;

/// <summary>
/// What a Graph notification is allowed to do: when its clientState matches the stored subscription's, count it and
/// ask the worker (through Hangfire) to sync that mailbox, at most one queued sync per mailbox; otherwise count it
/// as rejected and do nothing.
/// </summary>
public sealed partial class NotificationSubscriber(CmsDb db, IBackgroundJobClient jobs, NotificationMetrics metrics, TimeProvider time, ILogger<NotificationSubscriber> logger)
{
    public sealed record Notice(string? SubscriptionId, string? ClientState, string? LifecycleEvent);

    /// <summary>The subscriptions the notices name whose clientState is right; the rest are logged and counted.</summary>
    public async Task<List<(MailboxSubscription Subscription, Notice Notice)>> AuthenticAsync(IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        var ids = notices.Select(n => n.SubscriptionId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var known = await db.MailboxSubscriptions.AsNoTracking().Where(s => s.SubscriptionId != null && ids.Contains(s.SubscriptionId))
            .ToDictionaryAsync(s => s.SubscriptionId!, StringComparer.Ordinal, cancellationToken);
        var authentic = new List<(MailboxSubscription, Notice)>();
        foreach (var notice in notices)
        {
            var subscription = notice.SubscriptionId is { } id ? known.GetValueOrDefault(id) : null;
            if (subscription is not null && SameSecret(subscription.ClientState, notice.ClientState))
            {
                authentic.Add((subscription, notice));
                continue;
            }

            metrics.Rejected(subscription is null ? "unknownSubscription" : "wrongClientState");
            LogRejected(logger, notice.SubscriptionId, subscription is null ? "no such subscription" : "wrong clientState");
            if (subscription is not null)
            {
                await db.MailboxSubscriptions.Where(s => s.SubscriptionId == subscription.SubscriptionId)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.RejectedNotifications, s => s.RejectedNotifications + 1), cancellationToken);
            }
        }

        return authentic;
    }

    /// <summary>Counts the change notifications and enqueues one sync per mailbox unless one is queued already.</summary>
    public async Task SyncSoonAsync(IReadOnlyList<MailboxSubscription> notified, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var group in notified.GroupBy(s => s.SubscriptionId!, StringComparer.Ordinal))
        {
            var count = group.Count();
            await db.MailboxSubscriptions.Where(s => s.SubscriptionId == group.Key)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Notifications, s => s.Notifications + count).SetProperty(s => s.LastNotificationAt, now), cancellationToken);
        }

        foreach (var firmUserId in notified.Select(s => s.FirmUserId).Distinct())
        {
            if (await ClaimAsync(firmUserId, now, cancellationToken))
            {
                jobs.Enqueue<INotifiedMailboxSync>("capture", j => j.SyncAsync(firmUserId));
                metrics.SyncEnqueued();
            }
            else
            {
                metrics.Coalesced();
            }
        }
    }

    public void Lifecycle(MailboxSubscription subscription, string lifecycleEvent)
    {
        LogLifecycle(logger, lifecycleEvent, subscription.SubscriptionId, subscription.Stream);
        jobs.Enqueue<INotifiedMailboxSync>("capture", j => j.LifecycleAsync(subscription.FirmUserId, subscription.Stream, lifecycleEvent));
    }

    /// <summary>True when this call made the mailbox's pending request (none was pending, or the pending one went stale).</summary>
    private async Task<bool> ClaimAsync(Guid firmUserId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO cms.mailbox_sync_requests (firm_user_id, requested_at) VALUES ({firmUserId}, {now})
            ON CONFLICT (firm_user_id) DO UPDATE SET requested_at = excluded.requested_at
            WHERE mailbox_sync_requests.requested_at < {now - MailboxSyncRequest.StaleAfter}
            RETURNING firm_user_id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count > 0;
    }

    private static bool SameSecret(string? stored, string? given) =>
        stored is not null && given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(given));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Graph notification for subscription {SubscriptionId}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string? subscriptionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lifecycle notification {LifecycleEvent} for subscription {SubscriptionId} ({Stream})")]
    private static partial void LogLifecycle(ILogger logger, string lifecycleEvent, string? subscriptionId, MailboxStream stream);
}
