namespace OutlookCms.Domain.Seeding;

/// <summary>What to do when the database already holds a firm.</summary>
public enum SeedMode
{
    /// <summary>Refuse: nothing is written (the CLI exits with 2).</summary>
    RefuseIfNotEmpty,
    /// <summary>Do nothing and succeed (the demo runs the seed on every start).</summary>
    SkipIfNotEmpty,
    /// <summary>Empty the firm's tables (never the audit log) and seed again.</summary>
    Replace,
}

public enum SeedOutcome
{
    Seeded,
    Reseeded,
    SkippedNotEmpty,
    RefusedNotEmpty,
}

/// <summary>One table written: its rows and how long the COPY took.</summary>
public sealed record SeedTableReport(string Table, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>What a seed run did and how long each step took.</summary>
public sealed record SeedReport(
    SeedOutcome Outcome,
    IReadOnlyList<SeedTableReport> Tables,
    TimeSpan Migrate,
    TimeSpan Generate,
    TimeSpan Copy,
    TimeSpan Indexes,
    TimeSpan Total)
{
    public long Rows => Tables.Sum(t => t.Rows);

    /// <summary>Rows per second over the whole run, migrations and generation included.</summary>
    public double RowsPerSecond => Total > TimeSpan.Zero ? Rows / Total.TotalSeconds : 0;

    public static SeedReport Nothing(SeedOutcome outcome, TimeSpan migrate, TimeSpan total) =>
        new(outcome, [], migrate, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, total);
}
