using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;
using OutlookCms.Domain.Scorecards;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// Rep scorecards and the formula part of the bonus (see <see cref="ScorecardQuery"/>, <see cref="BonusFormula"/>):
/// a manager sees the reps who report to them, an admin every rep, a rep only their own card. Once a controller or
/// an admin has closed a period (<see cref="PeriodClosing"/>), its frozen figures are served instead of live ones.
/// </summary>
public static class ScorecardsApi
{
    public static void MapScorecardsApi(this WebApplication app)
    {
        var team = app.MapGroup("/api/scorecards").WithTags("Outcomes").RequireAuthorization(Policies.ManagerOrAdmin);
        team.MapGet("", List);
        team.MapGet("/export", Export);
        app.MapGet("/api/me/scorecard", Mine).WithTags("Outcomes").RequireAuthorization(Policies.RepOrManager);
        app.MapPost("/api/scorecard-periods/{period}/close", Close).WithTags("Outcomes").RequireAuthorization(Policies.ControllerOrAdmin);
    }

    /// <param name="ClosedAt">When the period was closed (its figures are then frozen); null while it is open and live.</param>
    public sealed record ScorecardsDto(string Period, string From, string To, DateTimeOffset? ClosedAt, BonusFormula Formula, IReadOnlyList<Scorecard> Scorecards);

    public sealed record ClosedPeriodDto(string Period, DateTimeOffset ClosedAt, Guid ClosedById, int Reps);

    private static async Task<Ok<ScorecardsDto>> List(string? period, CurrentUser current, CmsDb db, IOptions<BonusFormula> formula, TimeProvider time,
        CancellationToken ct)
    {
        var span = ScorePeriod.Parse(period);
        var (closedAt, cards) = await ForTeamAsync(span, current, db, formula.Value, time, ct);
        return TypedResults.Ok(new ScorecardsDto(span.Key, $"{span.Start:yyyy-MM-dd}", $"{span.End.AddDays(-1):yyyy-MM-dd}", closedAt, formula.Value, cards));
    }

    private static async Task Export(HttpContext http, string? period, CurrentUser current, CmsDb db, IOptions<BonusFormula> formula, TimeProvider time,
        CancellationToken ct)
    {
        var span = ScorePeriod.Parse(period);
        var (_, cards) = await ForTeamAsync(span, current, db, formula.Value, time, ct);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"scorecards-{span.Key}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        await ScorecardCsv.WriteAsync(cards, writer, ct);
    }

    private static async Task<Results<Ok<Scorecard>, ProblemHttpResult>> Mine(string? period, CurrentUser current, CmsDb db, IOptions<BonusFormula> formula,
        TimeProvider time, CancellationToken ct)
    {
        var span = ScorePeriod.Parse(period);
        var me = await current.GetAsync(ct);
        if (await PeriodClosing.FrozenAsync(db, span, [me.Id], ct) is { } frozen)
        {
            return frozen.Scorecards.Count == 1
                ? TypedResults.Ok(frozen.Scorecards[0])
                : TypedResults.Problem($"{span.Key} was closed without a scorecard for you (only reps at closing time have one).", statusCode: StatusCodes.Status404NotFound);
        }

        var cards = await ScorecardQuery.ComputeAsync(db, [me.Id], span, formula.Value, time.GetUtcNow(), ct);
        return TypedResults.Ok(cards.Single());
    }

    private static async Task<Created<ClosedPeriodDto>> Close(string period, CurrentUser current, CmsDb db, IOptions<BonusFormula> formula, TimeProvider time,
        CancellationToken ct)
    {
        var span = ScorePeriod.Parse(period);
        var me = await current.GetAsync(ct);
        var closed = await PeriodClosing.CloseAsync(db, span, me.Id, formula.Value, time.GetUtcNow(), ct);
        return TypedResults.Created($"/api/scorecards?period={closed.Period}", new ClosedPeriodDto(closed.Period, closed.ClosedAt, closed.ClosedById, closed.Reps));
    }

    private static async Task<(DateTimeOffset? ClosedAt, IReadOnlyList<Scorecard> Cards)> ForTeamAsync(ScorePeriod period, CurrentUser current, CmsDb db,
        BonusFormula formula, TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var reps = me.Role == FirmRole.Admin
            ? await db.FirmUsers.Where(u => u.Role == FirmRole.Rep).Select(u => u.Id).ToListAsync(ct)
            : await db.FirmUsers.Where(u => u.ManagerId == me.Id).Select(u => u.Id).ToListAsync(ct);
        if (await PeriodClosing.FrozenAsync(db, period, reps, ct) is { } frozen)
        {
            return (frozen.Closed.ClosedAt, frozen.Scorecards);
        }

        return (null, await ScorecardQuery.ComputeAsync(db, reps, period, formula, time.GetUtcNow(), ct));
    }
}
