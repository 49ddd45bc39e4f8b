using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// The Outlook task pane's API: one read (<c>GET /api/pane</c>) with everything the pane shows for a mail item's
/// addresses, and the pane's one- or two-click actions (<see cref="PaneActionsApi"/>).
/// Any firm user may open the pane (controllers and admins read); only reps and managers act.
/// </summary>
public static class PaneApi
{
    public static void MapPaneApi(this WebApplication app)
    {
        app.MapGet("/api/pane", Get).RequireAuthorization(Policies.AnyFirmUser).WithTags("Pane");
        app.MapPaneActionsApi();
    }

    private static async Task<Results<Ok<PaneDto>, ValidationProblem>> Get(
        [FromQuery] string[]? addresses, [FromQuery] string? mode,
        CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var request = PaneRequest.Parse(addresses, mode, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var snapshot = await db.BeginSnapshotReadAsync(ct);
        var me = await current.GetAsync(ct);
        var viewer = await current.ViewerAsync(ct);
        return TypedResults.Ok(await new PaneReader(db, time).ReadAsync(me, viewer, request, ct));
    }
}
