using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.SyncHealth;

/// <summary>Builds the sync health report from what the worker records: sync status, decisions, quarantine, subscriptions.</summary>
public sealed class SyncHealthQuery(CmsDb db, IOptions<SyncHealthOptions> options, TimeProvider time)
{
    public async Task<SyncHealthReport> RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var since = now.AddDays(-settings.DecisionDays);
        var roles = settings.MailboxRoles.Distinct().ToList();
        var users = await db.FirmUsers.AsNoTracking().Where(u => u.IsActive && roles.Contains(u.Role))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        var statuses = await db.MailboxSyncStatuses.AsNoTracking().ToDictionaryAsync(s => s.FirmUserId, ct);
        var subscriptions = (await db.MailboxSubscriptions.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.FirmUserId);
        var decisions = (await db.CaptureDecisions.AsNoTracking().Where(d => d.At >= since)
            .GroupBy(d => new { d.FirmUserId, d.Outcome, d.Reason })
            .Select(g => new { g.Key.FirmUserId, g.Key.Outcome, g.Key.Reason, Count = g.LongCount() })
            .ToListAsync(ct)).ToLookup(d => d.FirmUserId);
        var quarantined = await db.QuarantinedItems.AsNoTracking().Where(q => q.ReleasedAt == null)
            .GroupBy(q => q.FirmUserId).Select(g => new { FirmUserId = g.Key, Count = g.LongCount() }).ToDictionaryAsync(q => q.FirmUserId, q => q.Count, ct);

        var mailboxes = users.Select(u =>
        {
            var status = statuses.GetValueOrDefault(u.Id);
            var lag = status?.LastSucceededAt is { } last ? (now - last).TotalSeconds : (double?)null;
            var state = status?.ConsecutiveFailures > 0 ? "failing"
                : lag is null ? "neverSynced"
                : lag > settings.LagThreshold.TotalSeconds ? "behind"
                : "ok";
            var mine = decisions[u.Id].ToList();
            return new MailboxHealth(
                u.Id, u.DisplayName, u.Email, state, status?.LastSucceededAt, lag, status?.LastFailedAt, status?.LastError,
                status?.ConsecutiveFailures ?? 0, status?.ThrottledResponses ?? 0,
                mine.Where(d => d.Outcome == CaptureOutcome.Captured).Sum(d => d.Count),
                mine.Where(d => d.Outcome == CaptureOutcome.Skipped).GroupBy(d => d.Reason.ToString()).ToDictionary(g => g.Key, g => g.Sum(d => d.Count)),
                quarantined.GetValueOrDefault(u.Id),
                [.. subscriptions[u.Id].OrderBy(s => s.Stream).Select(s => new SubscriptionHealth(
                    s.Stream, s.State, s.ExpiresAt, s.Notifications, s.RejectedNotifications, s.LastNotificationAt, s.LastLifecycleEvent, s.LastError))]);
        }).OrderBy(m => m.Status switch { "failing" => 0, "behind" => 1, "neverSynced" => 2, _ => 3 }).ThenByDescending(m => m.LagSeconds).ToList();

        var allSubscriptions = subscriptions.SelectMany(g => g).ToList();
        var totals = new SyncHealthTotals(
            mailboxes.Count,
            mailboxes.Count(m => m.Status == "behind"),
            mailboxes.Count(m => m.Status == "neverSynced"),
            mailboxes.Count(m => m.Status == "failing"),
            mailboxes.Sum(m => m.Captured),
            mailboxes.Sum(m => m.SkippedByReason.Values.Sum()),
            mailboxes.SelectMany(m => m.SkippedByReason).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)),
            mailboxes.Sum(m => m.Quarantined),
            mailboxes.Sum(m => m.Throttled),
            allSubscriptions.Count(s => s.State == MailboxSubscriptionState.Active && s.ExpiresAt > now),
            allSubscriptions.Count(s => !(s.State == MailboxSubscriptionState.Active && s.ExpiresAt > now)),
            allSubscriptions.Sum(s => s.Notifications),
            allSubscriptions.Sum(s => s.RejectedNotifications));
        return new SyncHealthReport(now, settings.LagThreshold.TotalMinutes, settings.DecisionDays, totals, mailboxes);
    }
}
