using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// The latest interactions of each party that the viewer may read (the access rule's visible interactions):
/// one query (top N per party over the party/time index) and one for the reps' names.
/// </summary>
public static class RecentInteractions
{
    public const int SummaryLength = 280;

    public static async Task<Dictionary<Guid, List<PaneInteractionDto>>> LoadAsync(CmsDb db, Viewer viewer, List<Guid> partyIds, int perParty, CancellationToken ct)
    {
        if (partyIds.Count == 0)
        {
            return [];
        }

        // Top N per party: EF lifts the correlated Take() into ROW_NUMBER() OVER (PARTITION BY party_id). The
        // partyIds filter inside keeps the numbering to the matched parties' rows (the (party_id, occurred_at) index,
        // at most a few hundred rows), not all 1.4M interaction_parties at 100k parties; and the access rule appears
        // once in the SQL, so PostgreSQL plans it once however many parties the message has.
        var visible = db.VisibleInteractions(viewer);
        var latest =
            from pid in db.Parties.Where(p => partyIds.Contains(p.Id)).Select(p => p.Id)
            from ip in db.InteractionParties
                .Where(ip => ip.PartyId == pid && partyIds.Contains(ip.PartyId) && visible.Any(v => v.Id == ip.InteractionId))
                .OrderByDescending(ip => ip.OccurredAt).Take(perParty)
            select new { PartyId = pid, ip.InteractionId };
        var rows = await (
            from ip in latest
            join i in db.Interactions on ip.InteractionId equals i.Id
            join u in db.FirmUsers on i.LoggedById equals (Guid?)u.Id into loggers
            from logger in loggers.DefaultIfEmpty()
            select new
            {
                ip.PartyId, i.Id, i.Channel, i.Direction, i.Source, i.OccurredAt, i.Subject,
                Text = i.Notes ?? i.Summary, i.IsCancelled, LoggedBy = logger == null ? null : logger.DisplayName,
            }).AsNoTracking().ToListAsync(ct);

        var interactionIds = rows.Select(r => r.Id).Distinct().ToList();
        var reps = await (
            from r in db.InteractionReps.AsNoTracking()
            where interactionIds.Contains(r.InteractionId)
            join u in db.FirmUsers on r.FirmUserId equals u.Id
            select new { r.InteractionId, u.Id, u.DisplayName }).ToListAsync(ct);

        return rows.GroupBy(r => r.PartyId).ToDictionary(g => g.Key, g => g
            .DistinctBy(r => r.Id)
            .OrderByDescending(r => r.OccurredAt)
            .Select(r =>
            {
                var names = reps.Where(x => x.InteractionId == r.Id).Select(x => x.DisplayName).Distinct().ToList();
                if (names.Count == 0 && r.LoggedBy is { } loggerName)
                {
                    names.Add(loggerName);
                }

                return new PaneInteractionDto(r.Id, r.Channel, r.Direction, r.Source, r.OccurredAt, r.Subject,
                    Shorten(r.Text), names, r.IsCancelled);
            }).ToList());
    }

    private static string? Shorten(string? text) =>
        text is null || text.Length <= SummaryLength ? text : text[..(SummaryLength - 1)].TrimEnd() + "…";
}
