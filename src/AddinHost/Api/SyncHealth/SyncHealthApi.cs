using OutlookCms.AddinHost.Auth;

namespace OutlookCms.AddinHost.Api.SyncHealth;

/// <summary>Sync health for admins: is every mailbox captured, and if not, which and why.</summary>
public static class SyncHealthApi
{
    public static void MapSyncHealthApi(this WebApplication app) =>
        app.MapGet("/api/admin/sync-health", (SyncHealthQuery query, CancellationToken ct) => query.RunAsync(ct))
            .WithTags("Capture").RequireAuthorization(Policies.Admin);
}
