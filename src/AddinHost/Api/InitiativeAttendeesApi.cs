using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Api.Imports;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Marketing.Attendees;
using OutlookCms.Domain.Persistence;
using static OutlookCms.AddinHost.Api.Imports.ImportsApi;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// Managers and admins tag an initiative's attendees from a CSV list (<see cref="AttendeeImport"/>): the upload (or
/// its dry run) is queued like every import and watched at <c>/api/initiatives/{id}/attendee-imports/{importId}</c>.
/// </summary>
public static class InitiativeAttendeesApi
{
    public static void MapInitiativeAttendeesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/initiatives/{id:guid}").WithTags("Initiatives").RequireAuthorization(Policies.ManagerOrAdmin);
        group.MapPost("/attendees", Upload);
        group.MapGet("/attendee-imports", (Guid id, CmsDb db, CancellationToken ct) => ListAsync(db, AttendeeImport.KindFor(id), ct));
        group.MapGet("/attendee-imports/{importId:guid}", (Guid id, Guid importId, CmsDb db, CancellationToken ct) =>
            GetAsync(db, importId, AttendeeImport.KindFor(id), ct));
    }

    private static async Task<Results<Accepted<ImportDto>, ValidationProblem, NotFound>> Upload(Guid id,
        HttpContext http, string? fileName, bool? dryRun, CurrentUser current, CmsDb db, ImportWorker worker, TimeProvider time, CancellationToken ct)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        // The uploader's visibility is taken now: the import runs later, outside this request.
        var uploader = await current.ViewerAsync(ct);
        var queued = await QueueUploadAsync(http, fileName, dryRun ?? false, AttendeeImport.KindFor(id), $"/api/initiatives/{id}/attendee-imports",
            async (runner, importId, file, stopping) =>
            {
                await using var handler = new AttendeeImport(id, uploader);
                await runner.RunAsync(importId, file, handler, stopping);
            }, current, db, worker, time, ct);
        return queued.Result switch
        {
            Accepted<ImportDto> accepted => accepted,
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("Unexpected upload result."),
        };
    }
}
