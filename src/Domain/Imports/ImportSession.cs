using Npgsql;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Imports;

/// <summary>
/// The import's unit of work: a context whose connection holds the import's one open transaction (use
/// <see cref="Connection"/> for COPY, <see cref="Db"/> for EF), the import record, and the row errors so far.
/// </summary>
public sealed class ImportSession
{
    internal ImportSession(CmsDb db, NpgsqlConnection connection, Import import, ImportErrors errors, DateTimeOffset now)
    {
        Db = db;
        Connection = connection;
        Import = import;
        Errors = errors;
        Now = now;
    }

    public CmsDb Db { get; }

    public NpgsqlConnection Connection { get; }

    public Import Import { get; }

    public ImportErrors Errors { get; }

    /// <summary>When the import started; use it for every timestamp the import writes.</summary>
    public DateTimeOffset Now { get; }
}
