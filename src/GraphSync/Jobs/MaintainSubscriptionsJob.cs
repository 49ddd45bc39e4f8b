using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Subscriptions;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>
/// The recurring job <c>maintain-subscriptions</c>: every captured mailbox keeps its subscriptions (created when
/// missing or removed, renewed before expiry); mailboxes no longer captured lose theirs.
/// </summary>
public sealed class MaintainSubscriptionsJob(CmsDb db, SubscriptionManager manager, IOptions<CaptureOptions> captureOptions)
{
    public const string RecurringId = "maintain-subscriptions";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
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
