using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>Daily: capture decisions older than the retention period go (the interactions they explain stay).</summary>
public sealed class PurgeDecisionsJob(CmsDb db, IOptions<CaptureOptions> options, TimeProvider time)
{
    public const string RecurringId = "purge-capture-decisions";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.DecisionRetentionDays);
        return await db.CaptureDecisions.Where(d => d.At < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
