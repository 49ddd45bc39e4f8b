using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Scorecards;

/// <summary>
/// Computes scorecards for many reps at once: one query for the period's outcomes, one for its follow-ups, one for
/// the reps; the figures are then grouped in memory, keeping the ids each figure rests on.
/// <para>An outcome counts on the booking date of the booking that confirmed it, else its expected date, else the
/// day it was reported. A follow-up counts in the period it was due in, and only once its due time has passed.
/// Cadence adherence is measured over the period so far (<see cref="CadenceAdherenceQuery"/>).</para>
/// </summary>
public static class ScorecardQuery
{
    private static readonly OutcomeKind[] AssetKinds = [OutcomeKind.AssetsPledged, OutcomeKind.AssetsDeposited];

    public static async Task<IReadOnlyList<Scorecard>> ComputeAsync(CmsDb db, IReadOnlyCollection<Guid> repIds, ScorePeriod period, BonusFormula formula,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(repIds);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(formula);
        var ids = repIds.Distinct().ToList();

        var outcomes = await (
                from o in db.Outcomes.AsNoTracking()
                where ids.Contains(o.ReportedById) && o.Kind != OutcomeKind.Other
                join b in db.BookedActivities on o.EvidenceBookingId equals b.Id into bookings
                from b in bookings.DefaultIfEmpty()
                let countsOn = b != null ? b.BookedOn : (o.ExpectedOn ?? DateOnly.FromDateTime(o.ReportedAt.UtcDateTime))
                where countsOn >= period.Start && countsOn < period.End
                select new { o.Id, o.ReportedById, o.Kind, o.Status, o.Amount, o.Currency, On = countsOn })
            .ToListAsync(cancellationToken);

        var dueUntil = now < period.EndUtc ? now : period.EndUtc;
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => ids.Contains(f.OwnerId) && f.DueAt >= period.StartUtc && f.DueAt < dueUntil)
            .Select(f => new { f.Id, f.OwnerId, f.DueAt, ClosedAt = f.Status == FollowUpStatus.Completed || f.Status == FollowUpStatus.AutoClosed ? f.ClosedAt : null })
            .ToListAsync(cancellationToken);

        var reps = await db.FirmUsers.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        var cadence = dueUntil > period.StartUtc ? await CadenceAdherenceQuery.ComputeAsync(db, ids, period.StartUtc, dueUntil, cancellationToken) : [];

        var outcomesByRep = outcomes.ToLookup(o => o.ReportedById);
        var followUpsByRep = followUps.ToLookup(f => f.OwnerId);
        return reps.OrderBy(r => r.Team).ThenBy(r => r.DisplayName).Select(rep =>
        {
            var mine = outcomesByRep[rep.Id].OrderBy(o => o.On).ThenBy(o => o.Id).ToList();
            var confirmed = mine.Where(o => o.Status == OutcomeStatus.Confirmed).ToList();
            var gathered = confirmed.Where(o => AssetKinds.Contains(o.Kind)).GroupBy(o => o.Currency).OrderBy(g => g.Key)
                .Select(g => new CurrencyFigure(g.Key, g.Sum(o => o.Amount), [.. g.Select(o => new OutcomeItem(o.Id, o.Amount, o.Currency, o.On))]))
                .ToList();
            var pledges = mine.Where(o => o.Kind == OutcomeKind.AssetsPledged).GroupBy(o => o.Currency).OrderBy(g => g.Key)
                .Select(g => new PledgeFigure(g.Key, g.Count(), g.Sum(o => o.Amount), g.Count(o => o.Status == OutcomeStatus.Confirmed),
                    g.Where(o => o.Status == OutcomeStatus.Confirmed).Sum(o => o.Amount), [.. g.Select(o => o.Id)]))
                .ToList();
            var mandates = confirmed.Where(o => o.Kind == OutcomeKind.MandateWon).Select(o => o.Id).ToList();

            var items = followUpsByRep[rep.Id].OrderBy(f => f.DueAt).ThenBy(f => f.Id).Select(f =>
            {
                var onTime = f.ClosedAt is { } closed && closed <= f.DueAt;
                var late = onTime ? 0m : Math.Round((decimal)((f.ClosedAt ?? now) - f.DueAt).TotalDays, 1);
                return new FollowUpItem(f.Id, f.DueAt, f.ClosedAt, onTime, late);
            }).ToList();
            var timeliness = new FollowUpTimeliness(items.Count, items.Count(i => i.OnTime),
                items.Count == 0 ? null : Math.Round((decimal)items.Count(i => i.OnTime) / items.Count, 4),
                Median([.. items.Where(i => !i.OnTime).Select(i => i.DaysOverdue)]), items);

            var adherence = cadence.GetValueOrDefault(rep.Id);
            return new Scorecard(rep.Id, rep.DisplayName, rep.Team, period.Key, gathered, pledges, new MandateFigure(mandates.Count, mandates), timeliness,
                formula.Apply(gathered, timeliness, adherence), adherence);
        }).ToList();
    }

    private static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : Math.Round((values[middle - 1] + values[middle]) / 2m, 1);
    }
}
