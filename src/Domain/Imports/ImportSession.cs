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

    /// <summary>For a dry run (<see cref="Import.DryRun"/>): what each row would do; handlers that can say it add to it.</summary>
    public ImportPlan Plan { get; } = new();

    /// <summary>When the import started; use it for every timestamp the import writes.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Runs a statement in the import's transaction (no timeout: a million-row statement takes what it takes).</summary>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, Connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds a row error for each (line, reason) the query returns, in line order.</summary>
    /// <param name="column">The column at fault; null when the row as a whole is.</param>
    public async Task ReportAsync(string? column, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql + " ORDER BY 1", Connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            Errors.Add(reader.GetInt64(0), column, reader.GetString(1));
        }
    }
}
