using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Outcomes.Forecast;

/// <summary>
/// The weighted forecast of pledged assets: each open pledge (reported, not yet decided) counts in the month it is
/// expected (its report month when it has no date), weighted by how often its rep's pledges were confirmed in the last
/// year: confirmed ÷ (confirmed + rejected + lapsed). A rep with fewer than <see cref="MinDecidedForOwnRate"/> decided
/// pledges gets the firm's rate; a firm with none yet gets <see cref="DefaultRate"/>. Amounts stay in their currency.
/// </summary>
public static class PledgeForecast
{
    public const int MinDecidedForOwnRate = 5;
    public const decimal DefaultRate = 0.5m;

    /// <summary>The team name for reps who belong to none.</summary>
    public const string NoTeam = "No team";

    /// <param name="repIds">The reps to forecast for (a manager's team); null for the whole firm.</param>
    public static async Task<ForecastResult> ComputeAsync(CmsDb db, IReadOnlyCollection<Guid>? repIds, DateOnly fromMonth, int months,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var start = new DateOnly(fromMonth.Year, fromMonth.Month, 1);
        var end = start.AddMonths(months);
        var yearAgo = now.AddYears(-1);
        var pledges = db.Outcomes.AsNoTracking().Where(o => o.Kind == OutcomeKind.AssetsPledged && (repIds == null || repIds.Contains(o.ReportedById)));

        var decided = await db.Outcomes.AsNoTracking()
            .Where(o => o.Kind == OutcomeKind.AssetsPledged && o.DecidedAt >= yearAgo && o.Status != OutcomeStatus.Reported)
            .GroupBy(o => o.ReportedById)
            .Select(g => new { RepId = g.Key, Decided = g.Count(), Confirmed = g.Count(o => o.Status == OutcomeStatus.Confirmed) })
            .ToListAsync(cancellationToken);
        var firmDecided = decided.Sum(d => d.Decided);
        var firmRate = firmDecided == 0 ? DefaultRate : Math.Round((decimal)decided.Sum(d => d.Confirmed) / firmDecided, 4);
        var rates = decided.Where(d => d.Decided >= MinDecidedForOwnRate)
            .ToDictionary(d => d.RepId, d => Math.Round((decimal)d.Confirmed / d.Decided, 4));

        var open = await pledges.Where(o => o.Status == OutcomeStatus.Reported)
            .Select(o => new { o.ReportedById, o.Amount, o.Currency, Month = o.ExpectedOn ?? DateOnly.FromDateTime(o.ReportedAt.UtcDateTime) })
            .Where(o => o.Month >= start && o.Month < end)
            .ToListAsync(cancellationToken);
        var reps = open.Select(o => o.ReportedById).Distinct().ToList();
        var people = await db.FirmUsers.AsNoTracking().Where(u => reps.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.TeamId, Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Id, cancellationToken);

        var rows = open
            .GroupBy(o => (o.ReportedById, Month: $"{o.Month.Year:D4}-{o.Month.Month:D2}", o.Currency))
            .Select(g =>
            {
                var rep = people[g.Key.ReportedById];
                var rate = rates.GetValueOrDefault(g.Key.ReportedById, firmRate);
                var pledged = g.Sum(o => o.Amount);
                return new ForecastRow(rep.Id, rep.DisplayName, rep.TeamId, rep.Team, g.Key.Month, g.Key.Currency, g.Count(), pledged, rate,
                    Math.Round(pledged * rate, 2));
            })
            .OrderBy(r => r.Month).ThenBy(r => r.Team).ThenBy(r => r.Rep).ThenBy(r => r.Currency)
            .ToList();
        // Teams and totals are sums of the rep rows (so each traces to them), per currency, never across currencies.
        var teams = rows.GroupBy(r => (r.TeamId, r.Team, r.Month, r.Currency))
            .Select(g => new TeamForecastRow(g.Key.TeamId, g.Key.Team ?? NoTeam, g.Key.Month, g.Key.Currency, g.Sum(r => r.Pledges), g.Sum(r => r.Pledged),
                g.Sum(r => r.Weighted), [.. g.Select(r => r.RepId).Distinct()]))
            .OrderBy(t => t.Month).ThenBy(t => t.Team, StringComparer.Ordinal).ThenBy(t => t.Currency)
            .ToList();
        var totals = rows.GroupBy(r => r.Currency)
            .Select(g => new ForecastTotal(g.Key, g.Sum(r => r.Pledges), g.Sum(r => r.Pledged), g.Sum(r => r.Weighted)))
            .OrderBy(t => t.Currency)
            .ToList();
        return new ForecastResult(firmRate, rows, teams, totals);
    }
}

/// <param name="Rate">The share of this rep's pledges confirmed in the last year (or the firm's rate).</param>
public sealed record ForecastRow(Guid RepId, string Rep, Guid? TeamId, string? Team, string Month, string Currency, int Pledges,
    decimal Pledged, decimal Rate, decimal Weighted);

/// <summary>One team's open pledges in one month and currency: the sums of its reps' rows (<paramref name="RepIds"/>).</summary>
public sealed record TeamForecastRow(Guid? TeamId, string Team, string Month, string Currency, int Pledges, decimal Pledged, decimal Weighted,
    IReadOnlyList<Guid> RepIds);

/// <summary>Over every rep forecast (the firm for an admin, the team for a manager) and every month, in one currency.</summary>
public sealed record ForecastTotal(string Currency, int Pledges, decimal Pledged, decimal Weighted);

/// <param name="Rows">By rep, month and currency.</param>
/// <param name="Teams">By team, month and currency.</param>
/// <param name="Totals">By currency over the whole span.</param>
public sealed record ForecastResult(decimal FirmRate, IReadOnlyList<ForecastRow> Rows, IReadOnlyList<TeamForecastRow> Teams, IReadOnlyList<ForecastTotal> Totals);
