using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Hosting;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Subscriptions;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>
/// The recurring job <c>maintain-subscriptions</c>: every captured mailbox keeps its subscriptions (created when
/// missing or removed, renewed before expiry); mailboxes no longer captured lose theirs.
/// </summary>
public sealed class MaintainSubscriptionsJob(CmsDb db, SubscriptionManager manager, IOptions<CaptureOptions> captureOptions, NpgsqlDataSource dataSource)
{
    public const string RecurringId = "maintain-subscriptions";

    /// <summary>The session advisory lock of a run (the one-key space; the rule runs' is 7140012).</summary>
    private const long LockKey = 7140014;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // One run at a time across workers, tried and never waited for: a run that finds it busy has nothing to add.
        // A session advisory lock ends with its holder, even a killed one; Hangfire's lock row would outlive it.
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await AdvisoryLock.TryLockAsync(lockConnection, LockKey, cancellationToken))
        {
            return;
        }

        try
        {
            await MaintainAsync(cancellationToken);
        }
        finally
        {
            await AdvisoryLock.UnlockAsync(lockConnection, LockKey);
        }
    }

    private async Task MaintainAsync(CancellationToken cancellationToken)
    {
        var roles = captureOptions.Value.MailboxRoles.Distinct().ToList();
        var captured = await db.FirmUsers.AsNoTracking()
            .Where(u => u.IsActive && roles.Contains(u.Role))
            .Select(u => new { u.Id, u.Email })
            .ToListAsync(cancellationToken);
        foreach (var user in captured)
        {
            await manager.EnsureAsync(user.Id, user.Email, cancellationToken);
            db.ChangeTracker.Clear();
        }

        var ids = captured.Select(u => u.Id).ToHashSet();
        var leftOver = await db.MailboxSubscriptions.AsNoTracking().Select(s => s.FirmUserId).Distinct().ToListAsync(cancellationToken);
        foreach (var firmUserId in leftOver.Where(id => !ids.Contains(id)))
        {
            await manager.RemoveAllAsync(firmUserId, cancellationToken);
        }
    }
}
