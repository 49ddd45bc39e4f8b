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
/// them is cheap). Restoring can go table group by table group (<see cref="RestoreAsync"/>), so the client book's
/// indexes are built while the history is still being generated. DDL is transactional in PostgreSQL: a failed seed
/// leaves the schema exactly as it was. Readers of these tables wait until the seed commits (the drops lock them).
/// </summary>
internal sealed class BulkLoadWindow
{
    private readonly List<DroppedForeignKey> _foreignKeys;
    private readonly List<DroppedIndex> _indexes;

    private BulkLoadWindow(List<DroppedForeignKey> foreignKeys, List<DroppedIndex> indexes)
    {
        _foreignKeys = foreignKeys;
        _indexes = indexes;
        ForeignKeys = foreignKeys.Count;
        Indexes = indexes.Count;
    }

    public int ForeignKeys { get; }

    public int Indexes { get; }

    public static async Task<BulkLoadWindow> OpenAsync(NpgsqlConnection connection, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var foreignKeys = new List<DroppedForeignKey>();
        await using (var command = new NpgsqlCommand(
            "SELECT c.conrelid::regclass::text, t.relname, r.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c " +
            "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid " +
            "WHERE c.contype = 'f' AND c.connamespace = @schema::regnamespace ORDER BY 1, 4", connection))
        {
            command.Parameters.AddWithValue("schema", CmsTables.Schema);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                foreignKeys.Add(new DroppedForeignKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        var indexes = new List<DroppedIndex>();
        await using (var command = new NpgsqlCommand(
            "SELECT i.indexrelid::regclass::text, t.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i " +
            "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace " +
            "WHERE n.nspname = @schema AND t.relname = ANY(@tables) AND NOT i.indisprimary " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1", connection))
        {
            command.Parameters.AddWithValue("schema", CmsTables.Schema);
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add(new DroppedIndex(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var key in foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {key.QualifiedTable} DROP CONSTRAINT {CmsTables.Quote(key.Name)}", cancellationToken);
        }

        foreach (var index in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX {index.QualifiedName}", cancellationToken);
        }

        return new BulkLoadWindow(foreignKeys, indexes);
    }

    /// <summary>
    /// Re-creates the indexes of the <paramref name="loaded"/> tables, then the foreign keys between them (each validated
    /// against every row); <c>null</c> restores everything still dropped. Returns each statement's time, slowest first.
    /// </summary>
    public async Task<IReadOnlyList<(string Statement, TimeSpan Elapsed)>> RestoreAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string>? loaded, CancellationToken cancellationToken)
    {
        var timings = new List<(string, TimeSpan)>();
        await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var index in _indexes.Where(i => loaded is null || loaded.Contains(i.Table)).ToList())
        {
            var watch = Stopwatch.StartNew();
            await ExecuteAsync(connection, index.Definition, cancellationToken);
            timings.Add((index.QualifiedName, watch.Elapsed));
            _indexes.Remove(index);
        }

        foreach (var key in _foreignKeys.Where(k => loaded is null || (loaded.Contains(k.Table) && loaded.Contains(k.ReferencedTable))).ToList())
        {
            var watch = Stopwatch.StartNew();
            await ExecuteAsync(connection, $"ALTER TABLE {key.QualifiedTable} ADD CONSTRAINT {CmsTables.Quote(key.Name)} {key.Definition}", cancellationToken);
            timings.Add((key.Name, watch.Elapsed));
            _foreignKeys.Remove(key);
        }

        return timings.OrderByDescending(t => t.Item2).ToList();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record DroppedForeignKey(string QualifiedTable, string Table, string ReferencedTable, string Name, string Definition);

    private sealed record DroppedIndex(string QualifiedName, string Table, string Definition);
}
