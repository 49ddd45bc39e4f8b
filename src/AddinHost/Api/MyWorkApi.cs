using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.AddinHost.Auth;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api;

/// <summary>A rep's own work: their open follow-ups (overdue first), their coming client meetings and calls, and the cadence of the clients they cover.</summary>
public static class MyWorkApi
{
    public static void MapMyWorkApi(this WebApplication app)
    {
        var me = app.MapGroup("/api/me").WithTags("My work");
        me.MapGet("/follow-ups", FollowUps).RequireAuthorization(Policies.RepOrManager);
        me.MapGet("/clients/cadence", ClientsCadence).RequireAuthorization(Policies.RepOrManager);
        me.MapGet("/upcoming", Upcoming).RequireAuthorization(Policies.RepOrManager);
    }

    /// <summary>How many coming meetings and calls "my next sales call" lists.</summary>
    public const int UpcomingLength = 20;

    public sealed record UpcomingDto(Guid Id, Channel Channel, DateTimeOffset StartsAt, DateTimeOffset? EndsAt, string? Subject,
        IReadOnlyList<PaneRefDto> Clients);

    public sealed record MyFollowUpDto(Guid Id, Guid PartyId, string PartyName, FollowUpReason Reason, string? Title, DateTimeOffset DueAt,
        FollowUpStatus Status, DateTimeOffset? SnoozedUntil, bool Overdue);

    public sealed record MyClientCadenceDto(Guid PartyId, string DisplayName, string? Tier, PaneCadenceDto Cadence);

    private static async Task<List<MyFollowUpDto>> FollowUps(CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var now = time.GetUtcNow();
        var rows = await (
            from f in db.VisibleFollowUps(viewer).AsNoTracking()
            where f.OwnerId == viewer.UserId && (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.Snoozed)
            join p in db.Parties on f.PartyId equals p.Id
            orderby f.DueAt
            select new { f.Id, f.PartyId, p.DisplayName, f.Reason, f.Title, f.DueAt, f.Status, f.SnoozedUntil }).Take(500).ToListAsync(ct);
        // Overdue first (oldest due first), then what is due later; a snooze that has not run out waits at the end.
        return [.. rows
            .Select(r => new MyFollowUpDto(r.Id, r.PartyId, r.DisplayName, r.Reason, r.Title, r.DueAt, r.Status, r.SnoozedUntil,
                r.DueAt < now && (r.SnoozedUntil is null || r.SnoozedUntil <= now)))
            .OrderBy(r => r.SnoozedUntil > now).ThenByDescending(r => r.Overdue).ThenBy(r => r.DueAt)];
    }

    /// <summary>"When is my next sales call?": the rep's coming client meetings and calls (captured from the calendar or logged), soonest first.</summary>
    private static async Task<List<UpcomingDto>> Upcoming(CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var now = time.GetUtcNow();
        var coming = await (
            from r in db.InteractionReps.AsNoTracking()
            where r.FirmUserId == viewer.UserId && r.OccurredAt > now
            join i in db.VisibleInteractions(viewer) on r.InteractionId equals i.Id
            where !i.IsCancelled && i.Channel != Channel.Email && i.Channel != Channel.Note && i.Channel != Channel.PostalMail
            select new { i.Id, i.Channel, i.OccurredAt, i.EndsAt, i.Subject }).Distinct().OrderBy(i => i.OccurredAt).Take(UpcomingLength).ToListAsync(ct);
        var ids = coming.Select(c => c.Id).ToList();
        var clients = (await (
            from ip in db.InteractionParties.AsNoTracking()
            where ids.Contains(ip.InteractionId)
            join p in db.VisibleParties(viewer) on ip.PartyId equals p.Id
            orderby p.DisplayName
            select new { ip.InteractionId, p.Id, p.DisplayName }).ToListAsync(ct)).ToLookup(c => c.InteractionId);
        return [.. coming.Select(c => new UpcomingDto(c.Id, c.Channel, c.OccurredAt, c.EndsAt, c.Subject,
            [.. clients[c.Id].Select(p => new PaneRefDto(p.Id, p.DisplayName)).DistinctBy(p => p.Id)]))];
    }

    private static async Task<List<MyClientCadenceDto>> ClientsCadence(CurrentUser current, CmsDb db, TimeProvider time, CancellationToken ct)
    {
        var viewer = await current.ViewerAsync(ct);
        var now = time.GetUtcNow();
        var ids = await db.VisibleParties(viewer).CoveredBy(db, [viewer.UserId], now)
            .OrderBy(p => p.DisplayName).Select(p => p.Id).Take(2000).ToListAsync(ct);
        var facts = await PartyFacts.LoadAsync(db, viewer, ids, ct);
        var cadence = await CadenceCounter.CountAsync(db, ids, now, ct);
        return [.. facts.Values
            .Select(f => new MyClientCadenceDto(f.Id, f.DisplayName, f.TierName, cadence[f.Id]))
            .OrderByDescending(c => c.Cadence.Overdue).ThenByDescending(c => c.Cadence.TooOften)
            .ThenBy(c => c.Cadence.NextDueAt ?? DateTimeOffset.MaxValue).ThenBy(c => c.DisplayName, StringComparer.Ordinal)];
    }
}
