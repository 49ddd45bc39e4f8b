using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>Closes rule follow-ups whose condition went away, through the entity (so each close is audited).</summary>
internal static class FollowUpClosing
{
    public static async Task<int> CloseAsync(CmsDb db, IReadOnlyList<(Guid FollowUpId, Guid? ClosingInteractionId)> closings, string how,
        DateTimeOffset now, CancellationToken ct)
    {
        if (closings.Count == 0)
        {
            return 0;
        }

        var byId = closings.ToDictionary(c => c.FollowUpId, c => c.ClosingInteractionId);
        var ids = byId.Keys.ToList();
        var followUps = await db.FollowUps.Where(f => ids.Contains(f.Id)).ToListAsync(ct);
        return followUps.Count(f => f.AutoClose(how, now, byId[f.Id]));
    }

    public static Task<int> CloseAsync(CmsDb db, IReadOnlyList<(Guid FollowUpId, Guid ClosingInteractionId)> closings, string how,
        DateTimeOffset now, CancellationToken ct) =>
        CloseAsync(db, closings.Select(c => (c.FollowUpId, (Guid?)c.ClosingInteractionId)).ToList(), how, now, ct);
}
