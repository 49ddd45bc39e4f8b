using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Persistence;
using Xunit;

namespace OutlookCms.TestSupport;

/// <summary>
/// A fresh, migrated database of its own for one test class (use as <c>IClassFixture&lt;PostgresDatabase&gt;</c>):
/// copied from <see cref="MigratedTemplate"/> on start, dropped on dispose. Real PostgreSQL, nothing faked.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    internal const string Prefix = "outlookcms_test_";

    public PostgresDatabase()
    {
        // The process id lets a later run recognise, and drop, the databases of a run that was killed.
        DatabaseName = $"{Prefix}{Environment.ProcessId}_{Guid.NewGuid():N}";
        ConnectionString = PostgresServer.ForDatabase(DatabaseName);
    }

    public string DatabaseName { get; }

    /// <summary>Connection string of this class's database (same server and credentials as the configured one).</summary>
    public string ConnectionString { get; }

    /// <summary>A new context on this database; changes are audited as <paramref name="actor"/> (default: "tests").</summary>
    public CmsDb NewDb(IAuditActor? actor = null, TimeProvider? time = null) =>
        new(DomainServices.Options(ConnectionString, time), actor ?? new SystemAuditActor("tests"));

    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs raw SQL on this database (for tests that must bypass EF, e.g. to prove a database rule).</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)value;
    }

    public async Task InitializeAsync()
    {
        var template = await MigratedTemplate.EnsureAsync();
        await using var admin = await PostgresServer.OpenAdminAsync(CancellationToken.None);
        await PostgresServer.ExecuteAsync(admin, $"CREATE DATABASE {PostgresServer.Quote(DatabaseName)} TEMPLATE {PostgresServer.Quote(template)}", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var admin = await PostgresServer.OpenAdminAsync(CancellationToken.None);
        await PostgresServer.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {PostgresServer.Quote(DatabaseName)} WITH (FORCE)", CancellationToken.None);
    }
}
