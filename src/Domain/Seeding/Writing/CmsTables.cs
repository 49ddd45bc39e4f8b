using Npgsql;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Seeding.Writing;

/// <summary>The firm's tables as the database has them: is there a firm already, and emptying them for a re-seed.</summary>
internal static class CmsTables
{
    public const string Schema = CmsDb.Schema;

    /// <summary>Tables a re-seed never empties: the audit log (append-only; the database refuses) and EF's migration history.</summary>
    private static readonly string[] Kept = ["audit_entries", "__ef_migrations_history"];

    /// <summary>A firm is there when it has users, parties or interactions (any of them; an import may bring parties alone).</summary>
    public static async Task<bool> HoldAFirmAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT EXISTS (SELECT 1 FROM {Schema}.firm_users) OR EXISTS (SELECT 1 FROM {Schema}.parties) OR EXISTS (SELECT 1 FROM {Schema}.interactions)",
            connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Rows per firm table, for the audit entry of a re-seed (what was replaced).</summary>
    public static async Task<SortedDictionary<string, long>> CountAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await FirmTablesAsync(connection, cancellationToken))
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {Schema}.{Quote(table)}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        return counts;
    }

    /// <summary>
    /// Empties every table of the schema except the audit log and the migration history, in one statement: tables other
    /// features add later (capture state, imports) belong to the firm that is being replaced, so they go too.
    /// </summary>
    public static async Task TruncateFirmAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = await FirmTablesAsync(connection, cancellationToken);
        await using var command = new NpgsqlCommand(
            $"TRUNCATE {string.Join(", ", tables.Select(t => $"{Schema}.{Quote(t)}"))}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<List<string>> FirmTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = @schema AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY(@kept)) ORDER BY c.relname", connection);
        command.Parameters.AddWithValue("schema", Schema);
        command.Parameters.AddWithValue("kept", Kept);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
