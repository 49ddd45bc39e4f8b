using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Outcomes.Matching;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>Reps report outcomes; controllers confirm or reject them (the entity enforces independence).</summary>
public static class OutcomesApi
{
    public static void MapOutcomesApi(this WebApplication app)
    {
        var outcomes = app.MapGroup("/api/outcomes").WithTags("Outcomes");
        outcomes.MapPost("/", Report).RequireAuthorization(Policies.RepOrManager);
        outcomes.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.AnyFirmUser);
        outcomes.MapPost("/{id:guid}/confirm", Confirm).RequireAuthorization(Policies.Controller);
        outcomes.MapPost("/{id:guid}/reject", Reject).RequireAuthorization(Policies.Controller);
    }

    public sealed record ReportRequest(OutcomeKind Kind, decimal Amount, string Currency, Guid PartyId,
        DateOnly? ExpectedOn = null, string? Notes = null, IReadOnlyList<Guid>? InitiativeIds = null);

    /// <param name="BookingId">For a confirm: the booked activity that is the evidence (e.g. the proposed match); Evidence is then an optional note.</param>
    public sealed record DecisionRequest(string? Evidence = null, string? Reason = null, Guid? BookingId = null);

    public sealed record OutcomeDto(Guid Id, OutcomeKind Kind, decimal Amount, string Currency, Guid? PartyId,
        DateOnly? ExpectedOn, OutcomeStatus Status, Guid ReportedById, Guid? DecidedById, string? Evidence, string? Reason,
        Guid? EvidenceBookingId = null);

    private static async Task<Results<Created<OutcomeDto>, ValidationProblem>> Report(
        ReportRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        if (!await db.VisibleParties(viewer).AnyAsync(p => p.Id == request.PartyId, ct))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["partyId"] = [$"No party {request.PartyId} that you may see."],
            });
        }

        var initiativeIds = (request.InitiativeIds ?? []).Distinct().ToList();
        var known = await db.Initiatives.CountAsync(i => initiativeIds.Contains(i.Id), ct);
        if (known != initiativeIds.Count)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["initiativeIds"] = ["An initiative named is not known."],
            });
        }

        var now = time.GetUtcNow();
        var outcome = Outcome.Report(request.Kind, Money.Positive(request.Amount, request.Currency), request.ExpectedOn,
            request.PartyId, null, viewer.UserId, now, request.Notes);
        db.Outcomes.Add(outcome);
        db.OutcomeInitiatives.AddRange(initiativeIds.Select(id => new OutcomeInitiative(outcome.Id, id, viewer.UserId, now)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/outcomes/{outcome.Id}", ToDto(outcome));
    }

    private static async Task<Results<Ok<OutcomeDto>, NotFound>> Get(Guid id, CurrentUser current, CmsDb db, CancellationToken ct)
    {
        var outcome = await db.VisibleOutcomes(await current.ViewerAsync(ct)).AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        return outcome is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(outcome));
    }

    private static async Task<Results<Ok<OutcomeDto>, NotFound, ValidationProblem>> Confirm(
        Guid id, DecisionRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        if (request.BookingId is not { } bookingId)
        {
            return await Decide(id, current, db, ct, (outcome, controller, line) =>
                outcome.Confirm(controller, line, request.Evidence!, time.GetUtcNow()));
        }

        var booking = await db.BookedActivities.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, ct);
        var target = await db.Outcomes.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (target is null)
        {
            return TypedResults.NotFound();
        }

        if (booking is null || !await BookingMatcher.IsOnTheClientsAccountAsync(db, target, booking, ct))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["bookingId"] = [booking is null ? $"No booking {bookingId}." : "The booking is not on the client's (or their household's) accounts."],
            });
        }

        return await Decide(id, current, db, ct, (outcome, controller, line) =>
            outcome.Confirm(controller, line, booking, request.Evidence, time.GetUtcNow()));
    }

    private static Task<Results<Ok<OutcomeDto>, NotFound, ValidationProblem>> Reject(
        Guid id, DecisionRequest request, CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct) =>
        Decide(id, current, db, ct, (outcome, controller, line) =>
            outcome.Reject(controller, line, request.Reason!, request.Evidence, time.GetUtcNow()));

    private static async Task<Results<Ok<OutcomeDto>, NotFound, ValidationProblem>> Decide(Guid id, CurrentUser current, CmsDb db,
        CancellationToken ct, Action<Outcome, Domain.Firm.FirmUser, ReportingLine> decide)
    {
        var controller = await current.GetAsync(ct);
        var outcome = await db.Outcomes.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        decide(outcome, controller, await db.ReportingLineOfAsync(outcome.ReportedById, ct));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(outcome));
    }

    private static OutcomeDto ToDto(Outcome o) => new(o.Id, o.Kind, o.Amount, o.Currency, o.PartyId, o.ExpectedOn,
        o.Status, o.ReportedById, o.DecidedById, o.Evidence, o.DecisionReason, o.EvidenceBookingId);
}
