using Microsoft.Extensions.Options;
using OutlookCms.GraphSimulator.Faults;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Subscriptions;

/// <summary>
/// Turns mailbox changes into change notifications for the subscriptions watching them, through the notification
/// fault switches. Each delivery runs on its own, so a slow subscriber or a held-back notification delays nothing
/// else; a subscriber that does not answer 2xx is retried with doubling delays, as Graph retries (for hours there,
/// <c>Simulator:NotificationAttempts</c> times here).
/// </summary>
public sealed partial class NotificationDispatcher(
    MailboxChangeFeed feed,
    SubscriptionStore subscriptions,
    WebhookClient webhooks,
    FaultInjector faults,
    NotificationLog log,
    IOptions<SimulatorOptions> options,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    public const string MissedEvent = "missed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in feed.Reader.ReadAllAsync(stoppingToken))
        {
            foreach (var subscription in subscriptions.Watching(change))
            {
                Dispatch(subscription, change, stoppingToken);
            }
        }
    }

    private void Dispatch(Subscription subscription, MailboxChange change, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var fault = faults.Next(change.Mailbox.Address, change.Mailbox.Id.ToString(), subscription.Resource, notification: true);
        var json = NotificationPayload.Change(subscription, change, settings.TenantId);
        var delay = TimeSpan.FromMilliseconds(settings.NotificationDelayMilliseconds);
        switch (fault?.Kind)
        {
            case "notificationDrop":
                log.Add(subscription.Id, "change", change.ChangeType, change.ItemId, subscription.NotificationUrl, 0, 0, fault.Kind);
                return;
            case "notificationMissed":
                log.Add(subscription.Id, "change", change.ChangeType, change.ItemId, subscription.NotificationUrl, 0, 0, fault.Kind);
                SendLifecycle(subscription, MissedEvent, stoppingToken);
                return;
            case "notificationDelay":
                delay += TimeSpan.FromMilliseconds(fault.DelayMilliseconds ?? 1000);
                break;
            case "notificationOutOfOrder":
                delay += TimeSpan.FromMilliseconds(fault.DelayMilliseconds ?? 2000);
                break;
            case "notificationDuplicate":
                _ = DeliverAsync(subscription.Id, subscription.NotificationUrl, "change", change.ChangeType, change.ItemId, json, delay, fault.Kind, stoppingToken);
                break;
        }

        _ = DeliverAsync(subscription.Id, subscription.NotificationUrl, "change", change.ChangeType, change.ItemId, json, delay, fault?.Kind, stoppingToken);
    }

    /// <summary>Sends a lifecycle notification to the subscription's lifecycle URL; Graph sends none without one.</summary>
    public bool SendLifecycle(Subscription subscription, string lifecycleEvent, CancellationToken cancellationToken)
    {
        if (subscription.LifecycleNotificationUrl is not { } url)
        {
            return false;
        }

        var json = NotificationPayload.Lifecycle(subscription, lifecycleEvent, options.Value.TenantId);
        _ = DeliverAsync(subscription.Id, url, "lifecycle", lifecycleEvent, null, json, TimeSpan.Zero, null, cancellationToken);
        return true;
    }

    private async Task DeliverAsync(Guid subscriptionId, string url, string kind, string what, string? itemId, string json, TimeSpan delay, string? fault, CancellationToken stoppingToken)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, stoppingToken);
            }

            var attempts = Math.Max(1, options.Value.NotificationAttempts);
            var wait = TimeSpan.FromMilliseconds(options.Value.NotificationRetryDelayMilliseconds);
            for (var attempt = 1; attempt <= attempts; attempt++)
            {
                var status = await webhooks.PostAsync(url, json, stoppingToken);
                log.Add(subscriptionId, kind, what, itemId, url, status, attempt, fault);
                if (status is >= 200 and < 300)
                {
                    return;
                }

                if (attempt < attempts)
                {
                    await Task.Delay(wait, stoppingToken);
                    wait *= 2;
                }
            }

            LogGaveUp(logger, kind, subscriptionId, url, attempts);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up delivering a {Kind} notification of subscription {SubscriptionId} to {Url} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string kind, Guid subscriptionId, string url, int attempts);
}
