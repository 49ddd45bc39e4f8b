using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// The coverage breaches of the reps who report to the signed-in manager: the list to review (not yet reviewed
/// first) and the review itself, a note the entity records and the audit log keeps. A manager sees and reviews only
/// their own reports' breaches; anyone else's is a 404.
/// </summary>
public static class CoverageBreachesApi
{
    public const int MaxListed = 200;

    public static void MapCoverageBreachesApi(this WebApplication app)
    {
        var breaches = app.MapGroup("/api/team/breaches").WithTags("Team").RequireAuthorization(Policies.ManagerOrAdmin);
        breaches.MapGet("", List);
        breaches.MapPost("/{id:guid}/review", Review);
    }

    public sealed record BreachDto(Guid Id, Guid RepId, string Rep, Guid PartyId, string Party, Guid InteractionId, Channel Channel,
        Direction Direction, string? Subject, DateTimeOffset OccurredAt, DateTimeOffset DetectedAt, string? ReviewedBy,
        DateTimeOffset? ReviewedAt, string? ReviewNote);

    public sealed record ReviewBreachRequest(string? Note);

    private static IQueryable<CoverageBreach> OfReportsOf(CmsDb db, Guid managerId) =>
        db.CoverageBreaches.Where(b => db.FirmUsers.Any(u => u.Id == b.RepId && u.ManagerId == managerId));

    private static async Task<List<BreachDto>> List(CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var since = time.GetUtcNow().AddDays(-TeamOverviewApi.BreachDays);
        var listed = OfReportsOf(db, me.Id).Where(b => b.OccurredAt >= since)
            .OrderBy(b => b.ReviewedAt != null).ThenByDescending(b => b.OccurredAt).Take(MaxListed);
        return [.. (await Project(db, listed).ToListAsync(ct)).OrderBy(b => b.ReviewedAt is not null).ThenByDescending(b => b.OccurredAt)];
    }

    private static async Task<Results<Ok<BreachDto>, NotFound>> Review(
        Guid id, ReviewBreachRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var breach = await OfReportsOf(db, me.Id).SingleOrDefaultAsync(b => b.Id == id, ct);
        if (breach is null)
        {
            return TypedResults.NotFound();
        }

        breach.Review(me.Id, request.Note ?? "", time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await Project(db, db.CoverageBreaches.Where(b => b.Id == id)).SingleAsync(ct));
    }

    private static IQueryable<BreachDto> Project(CmsDb db, IQueryable<CoverageBreach> breaches) =>
        from b in breaches.AsNoTracking()
        join rep in db.FirmUsers on b.RepId equals rep.Id
        join p in db.Parties on b.PartyId equals p.Id
        join i in db.Interactions on b.InteractionId equals i.Id
        join r in db.FirmUsers on b.ReviewedById equals (Guid?)r.Id into reviewers
        from reviewer in reviewers.DefaultIfEmpty()
        select new BreachDto(b.Id, b.RepId, rep.DisplayName, b.PartyId, p.DisplayName, b.InteractionId, i.Channel, i.Direction,
            i.Subject, b.OccurredAt, b.DetectedAt, reviewer == null ? null : reviewer.DisplayName, b.ReviewedAt, b.ReviewNote);
}
