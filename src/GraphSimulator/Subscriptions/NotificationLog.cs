namespace OutlookCms.GraphSimulator.Subscriptions;

/// <summary>
/// One POST the simulator made (or chose not to make) to a subscriber: a validation, a change notification or a
/// lifecycle notification. Status 0 = no answer (unreachable or timed out); Fault names the switch that acted on it.
/// </summary>
public sealed record NotificationRecord(
    long Number, DateTimeOffset At, Guid SubscriptionId, string Kind, string What, string? ItemId, string Url, int Status, int Attempt, string? Fault);

/// <summary>The last deliveries, so tests can see what reached the subscriber and when.</summary>
public sealed class NotificationLog(TimeProvider time)
{
    private const int Capacity = 20_000;
    private readonly Lock _gate = new();
    private readonly Queue<NotificationRecord> _entries = new();
    private long _number;

    public void Add(Guid subscriptionId, string kind, string what, string? itemId, string url, int status, int attempt, string? fault)
    {
        lock (_gate)
        {
            _entries.Enqueue(new NotificationRecord(++_number, time.GetUtcNow(), subscriptionId, kind, what, itemId, url, status, attempt, fault));
            if (_entries.Count > Capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    public IReadOnlyList<NotificationRecord> Since(long afterNumber)
    {
        lock (_gate)
        {
            return [.. _entries.Where(e => e.Number > afterNumber)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
