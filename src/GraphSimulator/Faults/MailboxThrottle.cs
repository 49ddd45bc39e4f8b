using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OutlookCms.GraphSimulator.Faults;

/// <summary>
/// Graph's Outlook limits per app and mailbox: at most 4 concurrent requests and 10,000 requests in 10 minutes
/// (both configurable). Over either, the request gets 429 ApplicationThrottled with Retry-After.
/// </summary>
public sealed class MailboxThrottle(IOptions<SimulatorOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<(string App, Guid Mailbox), Counter> _counters = new();

    /// <summary>Enters the mailbox for one request; null when admitted (dispose the lease when done), else why not.</summary>
    public (IDisposable? Lease, string? Refusal) Enter(string app, Guid mailbox)
    {
        var counter = _counters.GetOrAdd((app, mailbox), _ => new Counter());
        var settings = options.Value;
        lock (counter)
        {
            var now = time.GetUtcNow();
            while (counter.Recent.Count > 0 && now - counter.Recent.Peek() > Window)
            {
                counter.Recent.Dequeue();
            }

            if (settings.MailboxRequestsPerTenMinutes > 0 && counter.Recent.Count >= settings.MailboxRequestsPerTenMinutes)
            {
                return (null, "Application is over its MailboxRequests limit.");
            }

            if (settings.MailboxConcurrencyLimit > 0 && counter.InFlight >= settings.MailboxConcurrencyLimit)
            {
                return (null, "Application is over its MailboxConcurrency limit.");
            }

            counter.InFlight++;
            counter.Recent.Enqueue(now);
        }

        return (new Lease(counter), null);
    }

    public void Reset() => _counters.Clear();

    private sealed class Counter
    {
        public int InFlight { get; set; }

        public Queue<DateTimeOffset> Recent { get; } = new();
    }

    private sealed class Lease(Counter counter) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                lock (counter)
                {
                    counter.InFlight--;
                }
            }
        }
    }
}
