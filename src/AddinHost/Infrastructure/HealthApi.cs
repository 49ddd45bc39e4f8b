namespace OutlookCms.AddinHost.Infrastructure;

public static class HealthApi
{
    public static void MapHealth(this WebApplication app) =>
        app.MapHealthChecks("/health").AllowAnonymous();
}
