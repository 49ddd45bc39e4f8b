using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// The latest interactions of each party that the viewer may read (the access rule's visible interactions):
/// one LATERAL query (top N per party over the party/time index) and one for the reps' names.
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

        var visible = db.VisibleInteractions(viewer);
        var rows = await (
            from pid in db.Parties.Where(p => partyIds.Contains(p.Id)).Select(p => p.Id)
            from ip in db.InteractionParties
                .Where(ip => ip.PartyId == pid && visible.Any(v => v.Id == ip.InteractionId))
                .OrderByDescending(ip => ip.OccurredAt).Take(perParty)
            join i in db.Interactions on ip.InteractionId equals i.Id
            select new
            {
                PartyId = pid, i.Id, i.Channel, i.Direction, i.Source, i.OccurredAt, i.Subject,
                Text = i.Notes ?? i.Summary, i.IsCancelled, i.LoggedById,
            }).AsNoTracking().ToListAsync(ct);

        var interactionIds = rows.Select(r => r.Id).Distinct().ToList();
        var reps = await (
            from r in db.InteractionReps.AsNoTracking()
            where interactionIds.Contains(r.InteractionId)
            join u in db.FirmUsers on r.FirmUserId equals u.Id
            select new { r.InteractionId, u.Id, u.DisplayName }).ToListAsync(ct);
        var loggers = rows.Select(r => r.LoggedById).OfType<Guid>().Distinct().ToList();
        var loggerNames = loggers.Count == 0 ? [] : await db.FirmUsers.AsNoTracking().Where(u => loggers.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        return rows.GroupBy(r => r.PartyId).ToDictionary(g => g.Key, g => g
            .DistinctBy(r => r.Id)
            .OrderByDescending(r => r.OccurredAt)
            .Select(r =>
            {
                var names = reps.Where(x => x.InteractionId == r.Id).Select(x => x.DisplayName).Distinct().ToList();
                if (names.Count == 0 && r.LoggedById is { } logger && loggerNames.TryGetValue(logger, out var loggerName))
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
