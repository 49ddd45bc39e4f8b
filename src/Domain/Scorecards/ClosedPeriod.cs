using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// A scorecard period that was closed: its figures are frozen in <see cref="ScorecardSnapshot"/> rows. The period key
/// is the primary key, so a period closes once; there is no reopening.
/// </summary>
public sealed class ClosedPeriod : IAudited
{
    private ClosedPeriod() { }

    public ClosedPeriod(ScorePeriod period, Guid closedById, int reps, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        Period = period.Key;
        ClosedById = Guard.NotEmpty(closedById, nameof(closedById));
        ClosedAt = now.ToUniversalTime();
        Reps = reps;
    }

    /// <summary>"2026-Q3" or "2026-07".</summary>
    public string Period { get; private set; } = "";

    public Guid ClosedById { get; private set; }

    public DateTimeOffset ClosedAt { get; private set; }

    /// <summary>How many reps' scorecards were frozen.</summary>
    public int Reps { get; private set; }
}
