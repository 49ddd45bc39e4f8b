using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Outcomes.Forecast;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// The weighted forecast of pledged assets by month, rep and team (see <see cref="PledgeForecast"/>): a manager sees
/// the reps who report to them, an admin the whole firm.
/// </summary>
public static class ForecastApi
{
    public const int MaxMonths = 24;

    public static void MapForecastApi(this WebApplication app) =>
        app.MapGroup("/api/forecast").WithTags("Outcomes").RequireAuthorization(Policies.ManagerOrAdmin)
            .MapGet("/pledges", Pledges);

    private static async Task<Results<Ok<ForecastResult>, ValidationProblem>> Pledges(int? months, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var span = months ?? 6;
        if (span is < 1 or > MaxMonths)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["months"] = [$"Between 1 and {MaxMonths}."] });
        }

        var me = await current.GetAsync(ct);
        IReadOnlyCollection<Guid>? reps = me.Role == FirmRole.Admin
            ? null
            : await db.FirmUsers.Where(u => u.ManagerId == me.Id).Select(u => u.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        return TypedResults.Ok(await PledgeForecast.ComputeAsync(db, reps, DateOnly.FromDateTime(now.UtcDateTime), span, now, ct));
    }
}
