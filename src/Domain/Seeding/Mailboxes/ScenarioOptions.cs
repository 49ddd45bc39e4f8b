namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>How much mail to make: the days before the firm's "now", and how many reps' mailboxes (null = every active rep).</summary>
public sealed record ScenarioOptions
{
    public const int MaxDays = 90;

    public int Days { get; init; } = 30;

    public int? Reps { get; init; }

    /// <summary>Distinct messages from one unknown sender before capture proposes them (the worker's default).</summary>
    public int ProspectThreshold { get; init; } = 3;
}
