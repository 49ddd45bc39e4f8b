using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.TestSupport;

/// <summary>
/// A database with every migration applied, built once per server and model, that test databases are copied from
/// (CREATE DATABASE … TEMPLATE takes a fraction of a second; migrating takes seconds).
/// Its name carries a hash of the migration ids and the model, so a new or changed migration builds a new one.
/// Test assemblies running in parallel serialise on a PostgreSQL advisory lock while one of them builds it.
/// </summary>
public static class MigratedTemplate
{
    private const string Prefix = "outlookcms_tmpl_";
    private static readonly long LockKey = BitConverter.ToInt64(SHA256.HashData("outlookcms:test-template"u8), 0);
    private static readonly Lazy<Task<string>> Template = new(() => BuildAsync(CancellationToken.None));

    /// <summary>The template's database name, built on first use in this process.</summary>
    public static Task<string> EnsureAsync() => Template.Value;

    /// <summary>Identifies the migrations and the model they produce.</summary>
    public static string ModelHash()
    {
        using var db = new CmsDb(DomainServices.Options(PostgresServer.ConnectionString), new SystemAuditActor("tests"));
        var text = string.Join('\n', db.Database.GetMigrations()) + "\n" + db.Database.GenerateCreateScript();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static async Task<string> BuildAsync(CancellationToken cancellationToken)
    {
        var name = Prefix + ModelHash();
        await using var admin = await PostgresServer.OpenAdminAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", admin))
        {
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await DropOrphansAsync(admin, cancellationToken);
            if (!await ExistsAsync(admin, name, cancellationToken))
            {
                // Build under another name and rename at the end: a run killed half-way leaves no half-migrated template.
                var building = name + "_build";
                await PostgresServer.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {PostgresServer.Quote(building)} WITH (FORCE)", cancellationToken);
                await PostgresServer.ExecuteAsync(admin, $"CREATE DATABASE {PostgresServer.Quote(building)}", cancellationToken);
                await DatabaseMigrator.MigrateAsync(PostgresServer.ForDatabase(building, pooling: false), cancellationToken);
                await PostgresServer.ExecuteAsync(admin, $"ALTER DATABASE {PostgresServer.Quote(building)} RENAME TO {PostgresServer.Quote(name)}", cancellationToken);
                await PostgresServer.ExecuteAsync(admin, $"ALTER DATABASE {PostgresServer.Quote(name)} IS_TEMPLATE true", cancellationToken);
                await DropStaleTemplatesAsync(admin, name, cancellationToken);
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", admin);
            unlock.Parameters.AddWithValue("key", LockKey);
            await unlock.ExecuteNonQueryAsync(cancellationToken);
        }

        return name;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection admin, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    /// <summary>
    /// Drops test databases left by test processes that no longer run (killed runs never reach DisposeAsync).
    /// Only for a server on this machine, where a process id can be checked.
    /// </summary>
    private static async Task DropOrphansAsync(NpgsqlConnection admin, CancellationToken cancellationToken)
    {
        var host = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString).Host;
        if (host is not ("127.0.0.1" or "localhost" or "::1"))
        {
            return;
        }

        var orphans = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'outlookcms\\_test\\_%'", admin))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var name = reader.GetString(0);
                var pid = name[PostgresDatabase.Prefix.Length..].Split('_')[0];
                if (int.TryParse(pid, out var processId) && !IsRunning(processId))
                {
                    orphans.Add(name);
                }
            }
        }

        foreach (var name in orphans)
        {
            await PostgresServer.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {PostgresServer.Quote(name)} WITH (FORCE)", cancellationToken);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task DropStaleTemplatesAsync(NpgsqlConnection admin, string current, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'outlookcms\\_tmpl\\_%' AND datname <> @current", admin))
        {
            command.Parameters.AddWithValue("current", current);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stale.Add(reader.GetString(0));
            }
        }

        foreach (var name in stale)
        {
            await PostgresServer.ExecuteAsync(admin, $"ALTER DATABASE {PostgresServer.Quote(name)} IS_TEMPLATE false", cancellationToken);
            await PostgresServer.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {PostgresServer.Quote(name)} WITH (FORCE)", cancellationToken);
        }
    }
}
