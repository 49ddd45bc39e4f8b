using Microsoft.EntityFrameworkCore;

namespace OutlookCms.Domain.Persistence;

public static class CustomPlans
{
    /// <summary>
    /// Runs <paramref name="work"/> with PostgreSQL planning each statement for the values it is given, then puts the
    /// plan mode back as it was (a pane snapshot keeps its generic plans). Npgsql prepares every statement that runs
    /// twice, and from the sixth execution PostgreSQL may keep one generic plan for it; for a statement over
    /// <c>unnest(@ids)</c> that plan assumes ten ids, so for a whole firm it probes every party by key and joins the
    /// queue of changed parties by a loop (1.3 s against 0.8 s for 100,000 parties, bench/follow-ups).
    /// In the caller's transaction when there is one, else in its own.
    /// </summary>
    public static async Task<T> WithCustomPlansAsync<T>(this CmsDb db, Func<Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using var _ = own;
        var previous = (await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").ToListAsync(ct)).Single();
        await SetPlanModeAsync(db, "force_custom_plan", ct);
        var result = await work();
        await SetPlanModeAsync(db, previous, ct);
        if (own is not null)
        {
            await own.CommitAsync(ct);
        }

        return result;
    }

    private static Task<int> SetPlanModeAsync(CmsDb db, string mode, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("SELECT set_config('plan_cache_mode', {0}, true)", [mode], ct);
}
