using Hangfire;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>The recurring job <c>sync-mailbox:{repId}</c>: one run syncs every stream of one mailbox. Its argument is the id only.</summary>
public sealed class SyncMailboxJob(MailboxSync sync)
{
    public static string RecurringId(Guid firmUserId) => $"sync-mailbox:{firmUserId}";

    // The advisory lock in MailboxSync keeps runs of one mailbox apart across workers; a late run of the
    // same mailbox simply finds it busy. Retries are short: the next scheduled run resumes from the cursor anyway.
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 30, 60])]
    [Queue("capture")]
    public async Task RunAsync(Guid firmUserId, CancellationToken cancellationToken) =>
        await sync.SyncAsync(firmUserId, cancellationToken);
}
