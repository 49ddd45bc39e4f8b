using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// Ends imports that no host will finish, so the history does not claim they are still going and the file can be
/// uploaded again: a Running import whose <see cref="ImportClaim"/> nobody holds (its host died mid-import; its
/// transaction went with it, so nothing was stored), and an import still Queued long after it was uploaded (the
/// host that queued it in memory stopped before running it). Safe to run from several hosts at once.
/// </summary>
public static class StalledImports
{
    public const string HostStoppedMessage =
        "The host running this import stopped before it finished; nothing was stored. Upload the file again.";

    public const string NeverStartedMessage =
        "The import never started: the host that received the upload stopped first. Upload the file again.";

    /// <summary>Returns how many imports were marked Failed.</summary>
    public static async Task<int> SweepAsync(Func<CmsDb> newDb, DateTimeOffset now, TimeSpan queuedLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newDb);
        await using var db = newDb();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var queuedBefore = now - queuedLimit;
        var candidates = await db.Imports.AsNoTracking()
            .Where(i => i.Status == ImportStatus.Running || (i.Status == ImportStatus.Queued && i.QueuedAt < queuedBefore))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var failed = 0;
        foreach (var id in candidates)
        {
            // A live runner holds the claim from before Start to after its outcome is saved; queued ones hold none, and
            // the claim keeps a runner that starts one right now from racing with this.
            if (!await ImportClaim.TryAsync(db, id, cancellationToken))
            {
                continue;
            }

            try
            {
                var import = await db.Imports.SingleAsync(i => i.Id == id, cancellationToken);
                if (import.Status == ImportStatus.Running || (import.Status == ImportStatus.Queued && import.QueuedAt < queuedBefore))
                {
                    import.Fail(import.Status == ImportStatus.Running ? HostStoppedMessage : NeverStartedMessage, now);
                    await db.SaveChangesAsync(cancellationToken);
                    failed++;
                }
            }
            finally
            {
                await ImportClaim.ReleaseAsync(db, id, CancellationToken.None);
            }
        }

        return failed;
    }
}
