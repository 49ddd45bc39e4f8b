using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Persistence;

/// <summary>Applies the committed migrations; hosts call it on start, the test fixture when it builds its template.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = new CmsDb(DomainServices.Options(connectionString), new SystemAuditActor("migrations"));
        await db.MigrateAsync(cancellationToken);
    }
}
