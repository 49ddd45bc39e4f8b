namespace OutlookCms.GraphSimulator.Faults;

/// <summary>
/// A fault the simulator injects into matching Graph requests (not into token or admin calls).
/// <list type="bullet">
/// <item><c>kind</c>: throttle (429 + Retry-After), unavailable (503 + Retry-After), gatewayTimeout (504),
/// serverError (500), drop (the connection is cut without a response; the request never runs), dropAfter (the request
/// runs and takes effect, then the connection is cut without the response: "sent, but the caller never heard").</item>
/// <item><c>mailbox</c>: only requests for this mailbox (address or id); any mailbox when absent.</item>
/// <item><c>pathContains</c>: only requests whose path contains this text (e.g. "calendarView", "messages/delta").</item>
/// <item><c>count</c>: how many requests it hits before it retires itself; unlimited when absent.</item>
/// <item><c>probability</c>: chance (0..1) that a matching request is hit; 1 when absent.</item>
/// <item><c>retryAfterSeconds</c>: Retry-After for throttle and unavailable (1 when absent; 0 sends none).</item>
/// </list>
/// Change notifications have their own kinds, matched against the subscription's mailbox and resource (never against
/// Graph requests): notificationDelay (sent <c>delayMilliseconds</c> late), notificationDuplicate (sent twice),
/// notificationOutOfOrder (held back <c>delayMilliseconds</c>, default 2000, so later ones overtake it),
/// notificationDrop (never sent), notificationMissed (never sent; a <c>missed</c> lifecycle notification goes to the
/// lifecycle URL instead, as Graph does when it could not deliver).
/// </summary>
public sealed record FaultRule(
    string Kind,
    string? Mailbox = null,
    string? PathContains = null,
    int? Count = null,
    double? Probability = null,
    int? RetryAfterSeconds = null,
    int? DelayMilliseconds = null)
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "throttle", "unavailable", "gatewayTimeout", "serverError", "drop", "dropAfter",
        "notificationDelay", "notificationDuplicate", "notificationOutOfOrder", "notificationDrop", "notificationMissed",
    };

    /// <summary>A rule for change notifications, not for Graph requests.</summary>
    public bool IsNotificationFault => Kind.StartsWith("notification", StringComparison.Ordinal);

    public string? Validate() =>
        !Kinds.Contains(Kind) ? $"kind must be one of {string.Join(", ", Kinds)}."
        : Count is <= 0 ? "count must be positive when given."
        : Probability is < 0 or > 1 ? "probability must be between 0 and 1."
        : RetryAfterSeconds is < 0 ? "retryAfterSeconds must not be negative."
        : DelayMilliseconds is < 0 ? "delayMilliseconds must not be negative."
        : null;
}

/// <summary>A rule as installed, with its id and what is left of its count.</summary>
public sealed record InstalledFault(string Id, FaultRule Rule, int? Remaining, int Hits);
