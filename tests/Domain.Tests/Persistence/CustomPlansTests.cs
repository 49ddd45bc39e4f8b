using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;
using OutlookCms.TestSupport;

namespace OutlookCms.Domain.Tests.Persistence;

public sealed class CustomPlansTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task InsideASnapshotRead_TheWorkIsPlannedForItsValues_AndTheSnapshotKeepsItsGenericPlansAfterwards()
    {
        await using var db = database.NewDb();
        await using (await db.BeginSnapshotReadAsync(CancellationToken.None))
        {
            var during = await db.WithCustomPlansAsync(() => PlanModeAsync(db), CancellationToken.None);

            Assert.Equal("force_custom_plan", during);
            Assert.Equal("force_generic_plan", await PlanModeAsync(db));
        }

        Assert.Equal("auto", await PlanModeAsync(db));
    }

    [Fact]
    public async Task WithoutATransaction_TheWorkRunsInItsOwn_AndNothingIsLeftSet()
    {
        await using var db = database.NewDb();

        var during = await db.WithCustomPlansAsync(async () => (await PlanModeAsync(db), db.Database.CurrentTransaction is not null), CancellationToken.None);

        Assert.Equal(("force_custom_plan", true), during);
        Assert.Null(db.Database.CurrentTransaction);
        Assert.Equal("auto", await PlanModeAsync(db));
    }

    [Fact]
    public async Task PartyCadence_ForManyParties_AnswersAsForFew()
    {
        var parties = Enumerable.Range(0, 3).Select(_ => Some.Person()).ToList();
        await using (var db = database.NewDb())
        {
            db.AddRange(parties);
            await db.SaveChangesAsync();
        }

        var known = parties.Select(p => p.Id).ToList();
        // Over the threshold: the known parties among a thousand ids that name nobody.
        var many = known.Concat(Enumerable.Range(0, 1000).Select(_ => Guid.NewGuid())).ToList();
        await using var check = database.NewDb();

        var few = await PartyCadence.LoadAsync(check, known, Some.Now, CancellationToken.None);
        var all = await PartyCadence.LoadAsync(check, many, Some.Now, CancellationToken.None);

        Assert.Equal(3, all.Count);
        Assert.Equal(few.OrderBy(p => p.Key), all.OrderBy(p => p.Key));
        Assert.Null(check.Database.CurrentTransaction);
    }

    private static Task<string> PlanModeAsync(CmsDb db) =>
        db.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();
}
