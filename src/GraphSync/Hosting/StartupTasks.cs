using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Jobs;

namespace OutlookCms.GraphSync.Hosting;

/// <summary>
/// On start: applies the committed migrations (idempotent; EF serialises concurrent hosts), then registers the
/// recurring jobs under stable ids and schedules the mailboxes at once rather than at the next tick.
/// </summary>
internal sealed class StartupTasks(IConfiguration configuration, IRecurringJobManager recurringJobs) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseMigrator.MigrateAsync(configuration.GetConnectionString("OutlookCms")!, cancellationToken);
        recurringJobs.AddOrUpdate<ScheduleMailboxesJob>(ScheduleMailboxesJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        recurringJobs.AddOrUpdate<PurgeDecisionsJob>(PurgeDecisionsJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        recurringJobs.AddOrUpdate<FollowUpRulesJob>(FollowUpRulesJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        recurringJobs.Trigger(ScheduleMailboxesJob.RecurringId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
