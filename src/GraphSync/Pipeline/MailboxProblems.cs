using System.Collections.Concurrent;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>
/// Remembers when the worker last warned about a mailbox it cannot read, so a user without a mailbox gives one warning
/// an hour (per process) instead of one per scheduled run (every minute by default).
/// </summary>
public sealed class MailboxProblems(TimeProvider time)
{
    public static readonly TimeSpan WarnEvery = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _lastWarned = new();

    /// <summary>True when this mailbox's problem should be logged as a warning now (and notes that it was).</summary>
    public bool ShouldWarn(Guid firmUserId)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (!_lastWarned.TryGetValue(firmUserId, out var last))
            {
                if (_lastWarned.TryAdd(firmUserId, now))
                {
                    return true;
                }

                continue;
            }

            if (now - last < WarnEvery)
            {
                return false;
            }

            if (_lastWarned.TryUpdate(firmUserId, now, last))
            {
                return true;
            }
        }
    }

    /// <summary>The mailbox was read again: the next problem warns at once.</summary>
    public void Clear(Guid firmUserId) => _lastWarned.TryRemove(firmUserId, out _);
}
