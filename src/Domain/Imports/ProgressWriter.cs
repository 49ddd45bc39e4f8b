using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// Writes an import's rows and bytes read to its history record on a connection of its own (the import's transaction
/// is invisible to others until it commits), at most once per interval. Not audited: progress is not a change of record.
/// </summary>
internal sealed class ProgressWriter(Func<CmsDb> newDb, Guid importId, TimeProvider time, TimeSpan interval,
    Func<ImportProgress, ValueTask>? onProgress) : IAsyncDisposable
{
    private CmsDb? _db;
    private long _last = time.GetTimestamp();

    public async ValueTask ReportAsync(ImportProgress progress)
    {
        if (onProgress is not null)
        {
            await onProgress(progress);
        }

        if (time.GetElapsedTime(_last) < interval)
        {
            return;
        }

        _last = time.GetTimestamp();
        _db ??= newDb();
        await _db.Imports.Where(i => i.Id == importId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RowsDone, progress.RowsDone).SetProperty(i => i.BytesDone, progress.BytesDone));
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }
}
