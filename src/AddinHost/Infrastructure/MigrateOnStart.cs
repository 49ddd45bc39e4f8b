using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Infrastructure;

/// <summary>Applies committed migrations before the host takes requests (idempotent; safe with several hosts).</summary>
internal sealed class MigrateOnStart(IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        DatabaseMigrator.MigrateAsync(configuration.GetConnectionString("OutlookCms")!, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
