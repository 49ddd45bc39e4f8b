using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// Closing a period freezes every rep's scorecard and bonus as one snapshot row each, in one transaction with the
/// <see cref="ClosedPeriod"/> row (all audited). A closed period is never recomputed: a confirmation that arrives
/// later changes the live outcome, not the frozen figures. Closing twice is refused; there is no reopening.
/// </summary>
public static class PeriodClosing
{
    public static async Task<ClosedPeriod> CloseAsync(CmsDb db, ScorePeriod period, Guid closedById, BonusFormula formula, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        if (now < period.EndUtc)
        {
            throw new DomainRuleException($"{period.Key} has not ended yet (it ends on {period.End.AddDays(-1):yyyy-MM-dd}); a period closes after its end.", "period");
        }

        if (await db.ClosedPeriods.AnyAsync(p => p.Period == period.Key, cancellationToken))
        {
            throw new DomainRuleException($"{period.Key} is already closed; its figures are frozen and it cannot be closed again.");
        }

        var reps = await db.FirmUsers.Where(u => u.Role == FirmRole.Rep).Select(u => u.Id).ToListAsync(cancellationToken);
        var cards = await ScorecardQuery.ComputeAsync(db, reps, period, formula, now, cancellationToken);
        var closed = new ClosedPeriod(period, closedById, cards.Count, now);
        db.ClosedPeriods.Add(closed);
        db.ScorecardSnapshots.AddRange(cards.Select(c => new ScorecardSnapshot(c)));
        // Two closes at once: the second insert hits the primary key of closed_periods (a 409 from the API).
        await db.SaveChangesAsync(cancellationToken);
        return closed;
    }

    /// <summary>The frozen scorecards of the given reps, or null when the period is still open.</summary>
    public static async Task<(ClosedPeriod Closed, IReadOnlyList<Scorecard> Scorecards)?> FrozenAsync(CmsDb db, ScorePeriod period,
        IReadOnlyCollection<Guid> repIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var closed = await db.ClosedPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Period == period.Key, cancellationToken);
        if (closed is null)
        {
            return null;
        }

        var ids = repIds.ToList();
        var snapshots = await db.ScorecardSnapshots.AsNoTracking().Where(s => s.Period == period.Key && ids.Contains(s.RepId)).ToListAsync(cancellationToken);
        return (closed, [.. snapshots.Select(s => s.Scorecard).OrderBy(c => c.Team).ThenBy(c => c.Rep)]);
    }
}
