using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// A PostgreSQL session advisory lock on one import, held on its own connection from before the import is marked
/// Running until its outcome is recorded. The lock ends exactly when its holder's session does, so an import that is
/// Running while nobody holds its lock was left behind by a host that died (<see cref="StalledImports"/>).
/// </summary>
public sealed class ImportClaim : IAsyncDisposable
{
    // The same key in the runner and the sweeper; hashtextextended gives the bigint the lock functions take.
    internal const string Key = "hashtextextended('import:' || @id::text, 0)";

    private readonly CmsDb _db;
    private readonly Guid _importId;

    private ImportClaim(CmsDb db, Guid importId)
    {
        _db = db;
        _importId = importId;
    }

    public static async Task<ImportClaim> TakeAsync(Func<CmsDb> newDb, Guid importId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newDb);
        var db = newDb();
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await ExecuteAsync(db, $"SELECT pg_advisory_lock({Key})", importId, cancellationToken);
            return new ImportClaim(db, importId);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Tries the lock on <paramref name="db"/>'s open connection; true when nobody else holds it (release it then).</summary>
    internal static async Task<bool> TryAsync(CmsDb db, Guid importId, CancellationToken cancellationToken) =>
        (bool)(await ExecuteAsync(db, $"SELECT pg_try_advisory_lock({Key})", importId, cancellationToken))!;

    internal static Task ReleaseAsync(CmsDb db, Guid importId, CancellationToken cancellationToken) =>
        ExecuteAsync(db, $"SELECT pg_advisory_unlock({Key})", importId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Not cancellable: a pooled connection would otherwise keep the lock.
            await ReleaseAsync(_db, _importId, CancellationToken.None);
        }
        finally
        {
            await _db.DisposeAsync();
        }
    }

    private static async Task<object?> ExecuteAsync(CmsDb db, string sql, Guid importId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        command.Parameters.Add(new NpgsqlParameter("id", importId));
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
