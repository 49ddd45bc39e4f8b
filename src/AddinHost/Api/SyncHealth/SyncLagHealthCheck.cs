using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Api.SyncHealth;

/// <summary>
/// Degraded (and a warning in the log) when a mailbox the worker has synced before has not succeeded within the lag
/// threshold, or its last runs failed. Mailboxes no worker has touched yet do not count here (an AddinHost without
/// workers is not unhealthy itself); the sync health page lists them as never synced.
/// </summary>
public sealed partial class SyncLagHealthCheck(IServiceScopeFactory scopes, IOptions<SyncHealthOptions> options, TimeProvider time, ILogger<SyncLagHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDb>();
        var settings = options.Value;
        var roles = settings.MailboxRoles.Distinct().ToList();
        var cutoff = time.GetUtcNow() - settings.LagThreshold;
        var behind = await db.MailboxSyncStatuses.AsNoTracking()
            .Join(db.FirmUsers.Where(u => u.IsActive && roles.Contains(u.Role)), s => s.FirmUserId, u => u.Id, (s, u) => new { u.Email, s.LastSucceededAt, s.ConsecutiveFailures })
            .Where(x => x.LastSucceededAt == null || x.LastSucceededAt < cutoff || x.ConsecutiveFailures > 0)
            .Select(x => x.Email)
            .ToListAsync(cancellationToken);
        if (behind.Count == 0)
        {
            return HealthCheckResult.Healthy();
        }

        var sample = string.Join(", ", behind.Order(StringComparer.Ordinal).Take(5));
        LogBehind(logger, behind.Count, settings.LagThreshold.TotalMinutes, sample);
        return HealthCheckResult.Degraded($"{behind.Count} mailbox(es) behind by more than {settings.LagThreshold.TotalMinutes} min or failing: {sample}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Capture is behind: {Count} mailbox(es) without a successful sync in {Minutes} min or failing ({Sample}); see /app/sync-health")]
    private static partial void LogBehind(ILogger logger, int count, double minutes, string sample);
}
