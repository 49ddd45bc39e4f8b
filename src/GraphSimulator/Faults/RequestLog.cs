namespace OutlookCms.GraphSimulator.Faults;

/// <summary>One Graph request as the simulator answered it (status 0 = connection dropped).</summary>
public sealed record LoggedRequest(long Number, DateTimeOffset At, string Method, string PathAndQuery, string? Mailbox, int Status, string? Fault);

/// <summary>The last Graph requests, so tests can see retries, their timing and the faults they met.</summary>
public sealed class RequestLog(TimeProvider time)
{
    private const int Capacity = 20_000;
    private readonly Lock _gate = new();
    private readonly Queue<LoggedRequest> _entries = new();
    private long _number;

    public void Add(string method, string pathAndQuery, string? mailbox, int status, string? fault)
    {
        lock (_gate)
        {
            _entries.Enqueue(new LoggedRequest(++_number, time.GetUtcNow(), method, pathAndQuery, mailbox, status, fault));
            if (_entries.Count > Capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    public IReadOnlyList<LoggedRequest> Since(long afterNumber, string? mailbox)
    {
        lock (_gate)
        {
            return [.. _entries.Where(e => e.Number > afterNumber && (mailbox is null || string.Equals(e.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase)))];
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
