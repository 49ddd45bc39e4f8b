using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookCms.Domain.Persistence;

public static class SnapshotRead
{
    /// <summary>
    /// Starts a read-only transaction in which every statement sees one snapshot, on one connection (no pool
    /// round trip between statements), with each prepared statement kept on one generic plan. For hot read paths
    /// whose statements are index lookups by key: there PostgreSQL spent more time planning the access rule than
    /// running it (docs/benchmarks.md), and a generic plan of such a lookup is the plan a custom one would be.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginSnapshotReadAsync(this CmsDb db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY; SET LOCAL plan_cache_mode = force_generic_plan", cancellationToken);
        return transaction;
    }
}
