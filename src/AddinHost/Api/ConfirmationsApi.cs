using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Outcomes.Matching;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>
/// The controller's confirmation queue: every reported outcome still waiting for a decision, earliest expected first,
/// each with the booking auto-match proposes (pledges and deposits) and whether this controller may decide it
/// (not when they are in the reporter's reporting line). Deciding goes through <c>POST /api/outcomes/{id}/confirm|reject</c>.
/// </summary>
public static class ConfirmationsApi
{
    public const int MaxListed = 200;

    public static void MapConfirmationsApi(this WebApplication app) =>
        app.MapGroup("/api/confirmations").WithTags("Outcomes").RequireAuthorization(Policies.Controller)
            .MapGet("", Queue);

    public sealed record ConfirmationDto(Guid OutcomeId, OutcomeKind Kind, decimal Amount, string Currency, DateOnly? ExpectedOn,
        Guid? PartyId, string? Party, Guid? HouseholdId, string? Household, Guid ReportedById, string ReportedBy, DateTimeOffset ReportedAt,
        string? Notes, bool CanDecide, string? WhyNot, MatchProposal? Proposal);

    public sealed record QueueDto(int Waiting, MatchingRules Rules, IReadOnlyList<ConfirmationDto> Items);

    private static async Task<QueueDto> Queue(CurrentUser current, CmsDb db, IOptions<MatchingRules> rules, CancellationToken ct)
    {
        var me = await current.GetAsync(ct);
        var waiting = db.Outcomes.AsNoTracking().Where(o => o.Status == OutcomeStatus.Reported);
        var count = await waiting.CountAsync(ct);
        var items = await waiting
            .OrderBy(o => o.ExpectedOn ?? DateOnly.FromDateTime(o.ReportedAt.UtcDateTime)).ThenBy(o => o.ReportedAt).ThenBy(o => o.Id)
            .Take(MaxListed)
            .Select(o => new
            {
                Outcome = o,
                Party = db.Parties.Where(p => p.Id == o.PartyId).Select(p => p.DisplayName).FirstOrDefault(),
                Household = db.Households.Where(h => h.Id == o.HouseholdId).Select(h => h.Name).FirstOrDefault(),
                ReportedBy = db.FirmUsers.Where(u => u.Id == o.ReportedById).Select(u => u.DisplayName).First(),
            })
            .ToListAsync(ct);
        var managerOf = await db.FirmUsers.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ManagerId, ct);
        var proposals = await BookingMatcher.ProposeAsync(db, rules.Value, ct);
        return new QueueDto(count, rules.Value, [.. items.Select(i =>
        {
            var o = i.Outcome;
            var whyNot = o.ReportedById == me.Id ? "You reported it."
                : ReportingLine.Of(o.ReportedById, managerOf).Contains(me.Id) ? $"You are in {i.ReportedBy}'s reporting line."
                : null;
            return new ConfirmationDto(o.Id, o.Kind, o.Amount, o.Currency, o.ExpectedOn, o.PartyId, i.Party, o.HouseholdId, i.Household,
                o.ReportedById, i.ReportedBy, o.ReportedAt, o.Notes, whyNot is null, whyNot, proposals.GetValueOrDefault(o.Id));
        })]);
    }
}
