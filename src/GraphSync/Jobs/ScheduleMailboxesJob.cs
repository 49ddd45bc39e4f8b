using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>
/// Keeps one recurring <see cref="SyncMailboxJob"/> per active mailbox (stable ids), adding new reps' mailboxes
/// and removing those of users who left or changed role. Runs itself as the recurring job <c>schedule-mailboxes</c>.
/// </summary>
public sealed class ScheduleMailboxesJob(CmsDb db, IRecurringJobManager recurringJobs, JobStorage storage, IOptions<CaptureOptions> options)
{
    public const string RecurringId = "schedule-mailboxes";

    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var capture = options.Value;
        var roles = capture.MailboxRoles.Distinct().ToList();
        var active = await db.FirmUsers.AsNoTracking()
            .Where(u => u.IsActive && roles.Contains(u.Role))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);

        var wanted = active.Select(SyncMailboxJob.RecurringId).ToHashSet(StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        var existing = connection.GetRecurringJobs().Select(j => j.Id).Where(id => id.StartsWith("sync-mailbox:", StringComparison.Ordinal)).ToList();
        foreach (var userId in active)
        {
            var id = SyncMailboxJob.RecurringId(userId);
            recurringJobs.AddOrUpdate<SyncMailboxJob>(id, "capture", job => job.RunAsync(userId, CancellationToken.None), capture.SyncCron);
            if (!existing.Contains(id))
            {
                // A new rep's mailbox is synced at once, not at the next tick.
                recurringJobs.Trigger(id);
            }
        }

        foreach (var id in existing.Where(id => !wanted.Contains(id)))
        {
            recurringJobs.RemoveIfExists(id);
        }
    }
}
