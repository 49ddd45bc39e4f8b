using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// A manager's view of the reps who report to them: follow-ups overdue at the end of each of the last eight weeks,
/// cadence adherence of their clients by tier (contacted within the minimum frequency, and too often), and coverage breaches.
/// </summary>
public static class TeamOverviewApi
{
    public const int Weeks = 8;
    public const int BreachDays = 90;

    public static void MapTeamOverviewApi(this WebApplication app) =>
        app.MapGet("/api/team/overview", Get).WithTags("Team").RequireAuthorization(Policies.ManagerOrAdmin);

    public sealed record WeekCountDto(DateOnly WeekEnding, int Overdue);

    /// <summary>Clients on the tier's cadence (contacted within its minimum frequency) and contacted too often.</summary>
    public sealed record TierAdherenceDto(string Tier, int Clients, int OnCadence, int TooOften);

    /// <summary>The group of clients whose cadence is their own override and who have no tier.</summary>
    public const string OwnCadence = "Own cadence";

    public sealed record RepBreachesDto(Guid RepId, string Rep, int Breaches, int Unreviewed);

    public sealed record TeamOverviewDto(int Reps, IReadOnlyList<WeekCountDto> OverdueByWeek, IReadOnlyList<TierAdherenceDto> CadenceByTier,
        IReadOnlyList<RepBreachesDto> BreachesByRep);

    private static async Task<TeamOverviewDto> Get(CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var now = time.GetUtcNow();
        var reps = await db.FirmUsers.AsNoTracking().Where(u => u.ManagerId == viewer.UserId && u.IsActive)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var repIds = reps.Select(r => r.Id).ToList();

        // Overdue then: created by then, due before then, not closed by then (a snooze's history is not kept).
        var weeks = new List<WeekCountDto>();
        for (var w = Weeks - 1; w >= 0; w--)
        {
            var at = now.AddDays(-7 * w);
            var overdue = await db.FollowUps.CountAsync(f => repIds.Contains(f.OwnerId) && f.CreatedAt <= at && f.DueAt < at
                && (f.ClosedAt == null || f.ClosedAt > at), ct);
            weeks.Add(new WeekCountDto(DateOnly.FromDateTime(at.UtcDateTime), overdue));
        }

        // The reps' clients (directly or through their household) with the cadence each one has (override, tier or
        // household tier), counted as the pane and the rep's own cadence page count it.
        var clientIds = await db.Parties.CoveredBy(db, repIds, now).Select(p => p.Id).ToListAsync(ct);
        var cadence = await CadenceCounter.CountAsync(db, clientIds, now, ct);
        var facts = (await PartyFacts.LoadAsync(db, viewer, clientIds, ct)).Values.Where(f => cadence[f.Id].Policy is not null).ToList();
        var tierRanks = await db.Tiers.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Rank, ct);
        var byTier = facts.GroupBy(f => f.TierName ?? OwnCadence)
            .OrderBy(g => tierRanks.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TierAdherenceDto(g.Key, g.Count(), g.Count(f => !cadence[f.Id].Overdue), g.Count(f => cadence[f.Id].TooOften)))
            .ToList();

        var since = now.AddDays(-BreachDays);
        var breaches = await db.CoverageBreaches.AsNoTracking().Where(b => repIds.Contains(b.RepId) && b.OccurredAt >= since)
            .GroupBy(b => b.RepId).Select(g => new { RepId = g.Key, Count = g.Count(), Unreviewed = g.Count(b => b.ReviewedAt == null) })
            .ToListAsync(ct);
        var byRep = reps.Select(r => breaches.FirstOrDefault(b => b.RepId == r.Id) is { } b
                ? new RepBreachesDto(r.Id, r.DisplayName, b.Count, b.Unreviewed)
                : new RepBreachesDto(r.Id, r.DisplayName, 0, 0))
            .OrderByDescending(r => r.Breaches).ThenBy(r => r.Rep, StringComparer.Ordinal).ToList();

        return new TeamOverviewDto(reps.Count, weeks, byTier, byRep);
    }
}
