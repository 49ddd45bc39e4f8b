using OutlookCms.Domain.Capture;

namespace OutlookCms.AddinHost.Api.SyncHealth;

/// <summary>What <c>GET /api/admin/sync-health</c> answers: firm totals and one row per captured mailbox, worst first.</summary>
public sealed record SyncHealthReport(DateTimeOffset At, double LagThresholdMinutes, int DecisionDays, SyncHealthTotals Totals, IReadOnlyList<MailboxHealth> Mailboxes);

public sealed record SyncHealthTotals(
    int Mailboxes, int Behind, int NeverSynced, int Failing, long Captured, long Skipped, IReadOnlyDictionary<string, long> SkippedByReason,
    long Quarantined, long Throttled, int SubscriptionsActive, int SubscriptionsNotActive, long Notifications, long RejectedNotifications);

/// <param name="LagSeconds">Seconds since the last successful sync; null when it never synced.</param>
/// <param name="Status">ok, behind, failing or neverSynced.</param>
public sealed record MailboxHealth(
    Guid FirmUserId, string Name, string Email, string Status, DateTimeOffset? LastSuccessfulSync, double? LagSeconds,
    DateTimeOffset? LastFailedAt, string? LastError, int ConsecutiveFailures, long Throttled,
    long Captured, IReadOnlyDictionary<string, long> SkippedByReason, long Quarantined, IReadOnlyList<SubscriptionHealth> Subscriptions);

public sealed record SubscriptionHealth(
    MailboxStream Stream, MailboxSubscriptionState State, DateTimeOffset? ExpiresAt, long Notifications, long RejectedNotifications,
    DateTimeOffset? LastNotificationAt, string? LastLifecycleEvent, string? LastError);
