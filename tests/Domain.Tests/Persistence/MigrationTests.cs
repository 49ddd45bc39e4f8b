using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Persistence;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_AndMatchTheModel()
    {
        var name = $"outlookcms_test_{Environment.ProcessId}_empty_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(PostgresServer.ForDatabase("postgres", pooling: false));
        await admin.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin))
        {
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var connectionString = PostgresServer.ForDatabase(name, pooling: false);
            await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);
            // A second run (every host start) finds nothing to do.
            await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);

            await using var db = new CmsDb(DomainServices.Options(connectionString), new SystemAuditActor("tests"));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run dotnet ef migrations add.");
            Assert.Equal(1, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_extension WHERE extname = 'pg_trgm'").SingleAsync());
            Assert.Equal(0, await db.Parties.CountAsync());
        }
        finally
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
