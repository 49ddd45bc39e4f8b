using System.Globalization;
using System.Text.Json;
using Npgsql;
using OutlookCms.Domain.Persistence;
using OutlookCms.Domain.Seeding;

namespace OutlookCms.Bench.Shared;

/// <summary>
/// The bench's own database, seeded by the real seeder (docs/seeding.md). Seeding 100k parties takes minutes, so a
/// database that already holds the same seed, scale and history end is kept from one run to the next; any other firm
/// in it is replaced.
/// </summary>
public static class BenchFirm
{
    public static async Task<string> EnsureAsync(string serverConnectionString, string database, SeedSpec spec, bool reseed)
    {
        var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        var connectionString = DomainServices.Tuned(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString);
        var seeded = await SeededSpecAsync(connectionString);
        if (!reseed && seeded == spec)
        {
            Console.WriteLine(Invariant($"database {database}: seed {spec.Seed}, scale {spec.Scale}, history to {spec.Now:u} already there; migrating only"));
            await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);
            return connectionString;
        }

        Console.WriteLine(Invariant($"database {database}: seeding seed {spec.Seed}, scale {spec.Scale}, history to {spec.Now:u} (minutes at scale 20)"));
        var report = await FirmSeeder.SeedAsync(connectionString, spec, SeedMode.Replace, TimeProvider.System, null, CancellationToken.None);
        Console.WriteLine(Invariant($"  {report.Rows:N0} rows in {report.Total.TotalSeconds:F1} s"));
        return connectionString;
    }

    /// <summary>What the last seed of this database was, from its audit entry (null when it never was seeded).</summary>
    private static async Task<SeedSpec?> SeededSpecAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT after::text FROM cms.audit_entries
            WHERE entity_type = $1 AND action IN ($2, $3) AND to_regclass('cms.parties') IS NOT NULL
              AND EXISTS (SELECT 1 FROM cms.parties)
            ORDER BY id DESC LIMIT 1
            """, connection)
        {
            Parameters = { new() { Value = FirmSeeder.AuditEntityType }, new() { Value = FirmSeeder.SeededAction }, new() { Value = FirmSeeder.ReseededAction } },
        };
        try
        {
            if (await command.ExecuteScalarAsync() is not string json)
            {
                return null;
            }

            var after = JsonDocument.Parse(json).RootElement;
            return new SeedSpec(after.GetProperty("seed").GetInt32(), after.GetProperty("scale").GetInt32(), after.GetProperty("historyTo").GetDateTimeOffset());
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable || e.SqlState == PostgresErrorCodes.InvalidSchemaName)
        {
            return null;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
