using System.Diagnostics;
using Npgsql;

namespace OutlookCms.Domain.Seeding.Writing;

/// <summary>
/// PostgreSQL's advice for populating a database ("Remove Indexes", "Remove Foreign Key Constraints"): building an
/// index once over a loaded table is far cheaper than updating it for every row, and checking a foreign key once with
/// a join is far cheaper than a trigger per row. So, inside the seed's transaction, this drops the schema's foreign
/// keys and the secondary indexes of the tables about to be loaded, and afterwards re-creates each from the definition
/// PostgreSQL itself reported (<c>pg_get_indexdef</c>, <c>pg_get_constraintdef</c>): same names, same definitions,
/// unique indexes re-checked, every foreign key validated over all rows. Primary keys stay (ids ascend, so appending to
/// them is cheap). DDL is transactional in PostgreSQL: a failed seed leaves the schema exactly as it was. Readers of
/// these tables wait until the seed commits (the drops take an exclusive lock).
/// </summary>
internal sealed class BulkLoadWindow
{
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys;
    private readonly List<string> _indexes;

    private BulkLoadWindow(List<(string, string, string)> foreignKeys, List<string> indexes)
    {
        _foreignKeys = foreignKeys;
        _indexes = indexes;
    }

    public int ForeignKeys => _foreignKeys.Count;

    public int Indexes => _indexes.Count;

    public static async Task<BulkLoadWindow> OpenAsync(NpgsqlConnection connection, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var foreignKeys = new List<(string, string, string)>();
        await using (var command = new NpgsqlCommand(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c " +
            "WHERE c.contype = 'f' AND c.connamespace = @schema::regnamespace ORDER BY 1, 2", connection))
        {
            command.Parameters.AddWithValue("schema", CmsTables.Schema);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i " +
            "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace " +
            "WHERE n.nspname = @schema AND t.relname = ANY(@tables) AND NOT i.indisprimary " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1", connection))
        {
            command.Parameters.AddWithValue("schema", CmsTables.Schema);
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, name, _) in foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {CmsTables.Quote(name)}", cancellationToken);
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX {name}", cancellationToken);
        }

        return new BulkLoadWindow(foreignKeys, indexes.Select(i => i.Definition).ToList());
    }

    /// <summary>Re-creates the indexes, then the foreign keys (each validated against every row); returns what took longest.</summary>
    public async Task<IReadOnlyList<(string Statement, TimeSpan Elapsed)>> CloseAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var timings = new List<(string, TimeSpan)>();
        await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var definition in _indexes)
        {
            var watch = Stopwatch.StartNew();
            await ExecuteAsync(connection, definition, cancellationToken);
            timings.Add((definition.Split(' ')[definition.StartsWith("CREATE UNIQUE", StringComparison.Ordinal) ? 3 : 2], watch.Elapsed));
        }

        foreach (var (table, name, definition) in _foreignKeys)
        {
            var watch = Stopwatch.StartNew();
            await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT {CmsTables.Quote(name)} {definition}", cancellationToken);
            timings.Add((name, watch.Elapsed));
        }

        return timings.OrderByDescending(t => t.Item2).ToList();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
