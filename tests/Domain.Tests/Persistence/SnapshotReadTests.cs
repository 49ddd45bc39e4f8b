using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Persistence;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Persistence;

public sealed class SnapshotReadTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task InsideASnapshotRead_PlansAreGeneric_WritesAreRefused_AndBothEndWithIt()
    {
        await using var db = database.NewDb();

        await using (await db.BeginSnapshotReadAsync(CancellationToken.None))
        {
            Assert.Equal("force_generic_plan", await SettingAsync(db, "plan_cache_mode"));
            Assert.Equal("on", await SettingAsync(db, "transaction_read_only"));
            Assert.Equal("repeatable read", await SettingAsync(db, "transaction_isolation"));

            db.Tiers.Add(new Tier(Some.Unique("Tier"), 1, new CadencePolicy(30, 3, 7)));
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
            db.ChangeTracker.Clear();
        }

        Assert.Equal("auto", await SettingAsync(db, "plan_cache_mode"));
        Assert.Equal("off", await SettingAsync(db, "transaction_read_only"));
    }

    private static Task<string> SettingAsync(CmsDb db, string name) =>
        db.Database.SqlQuery<string>($"SELECT current_setting({name}) AS \"Value\"").SingleAsync();
}
