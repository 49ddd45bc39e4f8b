using Microsoft.Extensions.Time.Testing;
using OutlookCms.Domain.Seeding;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Seeding;

public sealed class SeedAtomicityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Seed_StoppedHalfWay_LeavesNoRowsAndTheSchemaIntact()
    {
        var schema = await SeededDatabase.SchemaAsync(database);
        using var cancel = new CancellationTokenSource();

        // Stop once the parties are in, with indexes and keys dropped and the history half generated.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FirmSeeder.SeedAsync(
            database.ConnectionString, GeneratedFirm.Spec, SeedMode.RefuseIfNotEmpty, new FakeTimeProvider(SeededDatabase.SeededAt),
            progress => { if (progress is SeedProgress.Table { Report.Table: "parties" }) { cancel.Cancel(); } }, cancel.Token));

        var digests = await SeededDatabase.DigestAsync(database);
        Assert.All(digests, d => Assert.StartsWith("0:", d.Value, StringComparison.Ordinal));
        Assert.Equal(schema, await SeededDatabase.SchemaAsync(database));
    }
}
