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
/// a manager sees the reps who report to them, an admin every rep, a rep only their own card.
/// </summary>
public static class ScorecardsApi
{
    public static void MapScorecardsApi(this WebApplication app)
    {
        var team = app.MapGroup("/api/scorecards").WithTags("Outcomes").RequireAuthorization(Policies.ManagerOrAdmin);
        team.MapGet("", List);
        team.MapGet("/export", Export);
        app.MapGet("/api/me/scorecard", Mine).WithTags("Outcomes").RequireAuthorization(Policies.RepOrManager);
    }

    public sealed record ScorecardsDto(string Period, string From, string To, BonusFormula Formula, IReadOnlyList<Scorecard> Scorecards);

    private static async Task<Ok<ScorecardsDto>> List(string? period, CurrentUser current, CmsDb db, IOptions<BonusFormula> formula, TimeProvider time,
        CancellationToken ct)
    {
        var span = ScorePeriod.Parse(period);
        var cards = await ComputeForTeamAsync(span, current, db, formula.Value, time, ct);
        return TypedResults.Ok(new ScorecardsDto(span.Key, $"{span.Start:yyyy-MM-dd}", $"{span.End.AddDays(-1):yyyy-MM-dd}", formula.Value, cards));
    }

    private static async Task Export(HttpContext http, string? period, CurrentUser current, CmsDb db, IOptions<BonusFormula> formula, TimeProvider time,
        CancellationToken ct)
    {
        var span = ScorePeriod.Parse(period);
        var cards = await ComputeForTeamAsync(span, current, db, formula.Value, time, ct);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"scorecards-{span.Key}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        await ScorecardCsv.WriteAsync(cards, writer, ct);
    }

    private static async Task<Ok<Scorecard>> Mine(string? period, CurrentUser current, CmsDb db, IOptions<BonusFormula> formula, TimeProvider time,
        CancellationToken ct)
    {
        var span = ScorePeriod.Parse(period);
        var me = await current.GetAsync(ct);
        var cards = await ScorecardQuery.ComputeAsync(db, [me.Id], span, formula.Value, time.GetUtcNow(), ct);
        return TypedResults.Ok(cards.Single());
    }

    private static async Task<IReadOnlyList<Scorecard>> ComputeForTeamAsync(ScorePeriod period, CurrentUser current, CmsDb db, BonusFormula formula,
        TimeProvider time, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var reps = me.Role == FirmRole.Admin
            ? await db.FirmUsers.Where(u => u.Role == FirmRole.Rep).Select(u => u.Id).ToListAsync(ct)
            : await db.FirmUsers.Where(u => u.ManagerId == me.Id).Select(u => u.Id).ToListAsync(ct);
        return await ScorecardQuery.ComputeAsync(db, reps, period, formula, time.GetUtcNow(), ct);
    }
}
