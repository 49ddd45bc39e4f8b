using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OutlookCms.Domain.Seeding;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Seeding;

/// <summary>A database of its own, seeded once with the scale-1 firm of seed 42, plus what its schema looked like before.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public static readonly DateTimeOffset SeededAt = new(2025, 7, 1, 6, 30, 0, TimeSpan.Zero);

    public PostgresDatabase Database { get; } = new();

    public SeedReport Report { get; private set; } = null!;

    public IReadOnlyList<string> SchemaBefore { get; private set; } = [];

    public static Task<SeedReport> SeedAsync(PostgresDatabase database, SeedSpec spec, SeedMode mode) =>
        FirmSeeder.SeedAsync(database.ConnectionString, spec, mode, new FakeTimeProvider(SeededAt), null, CancellationToken.None);

    /// <summary>Every index, constraint (with whether it is validated) and trigger of the schema, as PostgreSQL describes them.</summary>
    public static async Task<IReadOnlyList<string>> SchemaAsync(PostgresDatabase database)
    {
        const string sql = """
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'cms'
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' valid=' || convalidated
            FROM pg_constraint WHERE connamespace = 'cms'::regnamespace
            UNION ALL
            SELECT tgrelid::regclass::text || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal
            ORDER BY 1
            """;
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    /// <summary>Row count and a digest of every row (a sum of row hashes, so row order does not matter), per table of the schema.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> DigestAsync(PostgresDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'cms' AND tablename <> '__ef_migrations_history' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) FROM cms.{table} t", connection);
            digests[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return digests;
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        SchemaBefore = await SchemaAsync(Database);
        Report = await SeedAsync(Database, GeneratedFirm.Spec, SeedMode.RefuseIfNotEmpty);
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
