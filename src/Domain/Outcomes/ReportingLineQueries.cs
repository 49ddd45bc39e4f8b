using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Outcomes;

public static class ReportingLineQueries
{
    /// <summary>Loads a user's reporting line (their manager, that manager's manager …) in one recursive query.</summary>
    public static async Task<ReportingLine> ReportingLineOfAsync(this CmsDb db, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var managers = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE line(id, depth) AS (
                SELECT manager_id, 1 FROM cms.firm_users WHERE id = {userId} AND manager_id IS NOT NULL
                UNION
                SELECT u.manager_id, line.depth + 1
                FROM cms.firm_users u JOIN line ON u.id = line.id
                WHERE u.manager_id IS NOT NULL AND line.depth < {ReportingLine.MaxDepth})
            SELECT id AS "Value" FROM line ORDER BY depth
            """).ToListAsync(cancellationToken);
        return new ReportingLine(userId, managers.Distinct().Where(id => id != userId).ToList());
    }
}
