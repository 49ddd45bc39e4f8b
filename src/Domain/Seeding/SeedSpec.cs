namespace OutlookCms.Domain.Seeding;

/// <summary>
/// What to generate. The same spec always gives the same firm, row for row: ids, names, times and amounts.
/// <see cref="Now"/> is where the history ends; the CLI passes the current time so the demo looks alive, tests pass a fixed one.
/// </summary>
public sealed record SeedSpec
{
    public const int MaxScale = 100;

    /// <summary>How far back the interactions go.</summary>
    public const int HistoryDays = 182;

    /// <summary>Parties per unit of scale (scale 20 = 100,000 parties).</summary>
    public const int PartiesPerScale = 5_000;

    /// <summary>Interactions aimed at per unit of scale (scale 20 ≈ 1,000,000).</summary>
    public const int InteractionsPerScale = 50_000;

    public SeedSpec(int seed, int scale, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxScale);
        Seed = seed;
        Scale = scale;

        // Whole seconds in UTC: every time derived from it survives timestamptz (microseconds) unchanged.
        Now = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    public int Seed { get; }

    public int Scale { get; }

    public DateTimeOffset Now { get; }

    public DateTimeOffset HistoryStart => Now.AddDays(-HistoryDays);

    public override string ToString() => $"seed {Seed}, scale {Scale}, history to {Now:yyyy-MM-dd HH:mm:ss}Z";
}
