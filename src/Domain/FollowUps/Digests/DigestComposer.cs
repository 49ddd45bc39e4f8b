using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.FollowUps.Digests;

/// <summary>
/// What a person's digest says on their local day: their own follow-ups overdue (due before the day began) and due
/// that day, and, for a manager, their reports' follow-ups overdue by more than the escalation threshold. A snooze
/// that has not run out keeps a follow-up out.
/// </summary>
public static class DigestComposer
{
    public const int MaxItemsPerSection = 100;

    public static async Task<DigestContent> ComposeAsync(CmsDb db, FirmUser recipient, DateOnly localDate, int escalateAfterDays,
        DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var zone = Rules.BusinessClock.ZoneOf(recipient.TimeZoneId);
        // Npgsql writes timestamptz parameters in UTC only: a zone ahead of UTC would fail the query otherwise.
        var dayStart = StartOf(localDate, zone).ToUniversalTime();
        var dayEnd = StartOf(localDate.AddDays(1), zone).ToUniversalTime();
        now = now.ToUniversalTime();

        var actionable = db.FollowUps.AsNoTracking()
            .Where(f => (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.Snoozed) && (f.SnoozedUntil == null || f.SnoozedUntil <= now));
        var own = await Items(db, actionable.Where(f => f.OwnerId == recipient.Id && f.DueAt < dayEnd), ct);
        var escalationCutoff = now.AddDays(-escalateAfterDays);
        var reports = db.FirmUsers.Where(u => u.ManagerId == recipient.Id && u.IsActive).Select(u => u.Id);
        var escalated = await Items(db, actionable.Where(f => reports.Contains(f.OwnerId) && f.DueAt < escalationCutoff), ct);

        return new DigestContent(recipient.DisplayName, localDate,
            [.. own.Where(i => i.DueAt < dayStart)], [.. own.Where(i => i.DueAt >= dayStart)], escalated);
    }

    /// <summary>The instant a local day begins (midnight, or the first valid time after a spring-forward gap).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var wall = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(30);
        }

        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }

    // The first hundred follow-ups, then their names: joined before the limit, PostgreSQL hashed all the firm's
    // parties for every digest (0.8 s each at 100k parties).
    private static Task<List<DigestItem>> Items(CmsDb db, IQueryable<FollowUp> followUps, CancellationToken ct) => (
        from f in followUps.OrderBy(f => f.DueAt).Take(MaxItemsPerSection)
        join p in db.Parties on f.PartyId equals p.Id
        join o in db.FirmUsers on f.OwnerId equals o.Id
        orderby f.DueAt
        select new DigestItem(f.Id, f.PartyId, p.DisplayName, o.DisplayName, f.Reason, f.Title, f.DueAt)).ToListAsync(ct);
}
