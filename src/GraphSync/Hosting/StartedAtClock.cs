using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OutlookCms.GraphSync.Hosting;

/// <summary>
/// The system clock moved so that the process starts at <c>Clock:StartAt</c> and runs on at real speed. For tests and
/// the demo only: the worker's rules and digests read the time from the injected TimeProvider, and a real worker
/// process (two of them, in the digests test) can only be told "it is 07:05 in London now" from outside. Never set it
/// in production: audit times and "due" would be wrong by the offset.
/// </summary>
internal sealed class StartedAtClock(DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan _offset = startAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    /// <summary>The clock the configuration asks for: shifted when <c>Clock:StartAt</c> is set, else the system's.</summary>
    public static TimeProvider From(IConfiguration configuration)
    {
        var text = configuration["Clock:StartAt"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return System;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var startAt)
            ? new StartedAtClock(startAt)
            : throw new InvalidOperationException($"Clock:StartAt must be an ISO 8601 instant, e.g. 2026-03-29T06:05:00Z (got '{text}').");
    }
}
