using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// A manager's view of the reps who report to them: follow-ups overdue at the end of each of the last eight weeks,
/// cadence adherence of their clients by tier (contacted within the tier's minimum frequency), and coverage breaches.
/// </summary>
public static class TeamOverviewApi
{
    public const int Weeks = 8;
    public const int BreachDays = 90;

    public static void MapTeamOverviewApi(this WebApplication app) =>
        app.MapGet("/api/team/overview", Get).WithTags("Team").RequireAuthorization(Policies.ManagerOrAdmin);

    public sealed record WeekCountDto(DateOnly WeekEnding, int Overdue);

    public sealed record TierAdherenceDto(string Tier, int Clients, int OnCadence);

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

        var clients = await (
            from c in db.CoverageAssignments
            where repIds.Contains(c.AdviserId) && c.PartyId != null && c.From <= now && (c.To == null || c.To > now)
            join p in db.Parties on c.PartyId equals p.Id
            where p.MergedIntoId == null && p.TierId != null
            join t in db.Tiers on p.TierId equals t.Id
            select new { PartyId = p.Id, Tier = t.Name, t.Rank, t.CadenceMinEveryDays }).Distinct().ToListAsync(ct);
        var partyIds = clients.Select(c => c.PartyId).ToList();
        var lastContact = await db.InteractionParties.AsNoTracking()
            .Where(ip => partyIds.Contains(ip.PartyId) && ip.OccurredAt <= now && db.Interactions.Any(i => i.Id == ip.InteractionId && !i.IsCancelled))
            .GroupBy(ip => ip.PartyId).Select(g => new { PartyId = g.Key, Last = g.Max(ip => ip.OccurredAt) })
            .ToDictionaryAsync(x => x.PartyId, x => x.Last, ct);
        var byTier = clients.GroupBy(c => (c.Tier, c.Rank)).OrderBy(g => g.Key.Rank)
            .Select(g => new TierAdherenceDto(g.Key.Tier, g.Count(),
                g.Count(c => lastContact.TryGetValue(c.PartyId, out var last) && last.AddDays(c.CadenceMinEveryDays) > now)))
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
