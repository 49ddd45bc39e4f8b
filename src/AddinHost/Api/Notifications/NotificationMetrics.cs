using System.Diagnostics.Metrics;

namespace OutlookCms.AddinHost.Api.Notifications;

/// <summary>Counters of the notification endpoints (meter <c>OutlookCms.Notifications</c>), also kept as totals for sync health.</summary>
public sealed class NotificationMetrics : IDisposable
{
    public const string MeterName = "OutlookCms.Notifications";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _enqueued;
    private readonly Counter<long> _coalesced;
    private long _rejectedTotal;

    public NotificationMetrics()
    {
        _rejected = _meter.CreateCounter<long>("outlookcms.notifications.rejected", description: "Notifications refused: unknown subscription or wrong clientState");
        _enqueued = _meter.CreateCounter<long>("outlookcms.notifications.syncs_enqueued", description: "Mailbox syncs enqueued by notifications");
        _coalesced = _meter.CreateCounter<long>("outlookcms.notifications.coalesced", description: "Notifications for a mailbox whose sync was already queued");
    }

    /// <summary>Rejected since this process started (unknown subscriptions are counted nowhere else).</summary>
    public long RejectedTotal => Interlocked.Read(ref _rejectedTotal);

    public void Rejected(string reason)
    {
        Interlocked.Increment(ref _rejectedTotal);
        _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));
    }

    public void SyncEnqueued() => _enqueued.Add(1);

    public void Coalesced() => _coalesced.Add(1);

    public void Dispose() => _meter.Dispose();
}
