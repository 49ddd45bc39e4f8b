using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Jobs;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Hosting;

/// <summary>
/// On start: applies the committed migrations (idempotent; EF serialises concurrent hosts), then registers the
/// recurring jobs under stable ids and runs the mailbox schedule and the digests at once rather than at the next tick.
/// </summary>
internal sealed partial class StartupTasks(
    IConfiguration configuration, IRecurringJobManager recurringJobs, IOptions<DigestOptions> digests, IOptions<NotificationOptions> notifications,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseMigrator.MigrateAsync(configuration.GetConnectionString("OutlookCms")!, cancellationToken);
        // A job's lock left by a killed worker holds until Hangfire takes it as dead (DistributedLockTimeout): wait for
        // it rather than fail to start.
        while (true)
        {
            try
            {
                RegisterJobs();
                return;
            }
            catch (PostgreSqlDistributedLockException e)
            {
                LogLockBusy(logger, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            }
        }
    }

    private void RegisterJobs()
    {
        recurringJobs.AddOrUpdate<ScheduleMailboxesJob>(ScheduleMailboxesJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        recurringJobs.AddOrUpdate<PurgeDecisionsJob>(PurgeDecisionsJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(3));
        recurringJobs.AddOrUpdate<FollowUpRulesJob>(FollowUpRulesJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
        if (digests.Value.Enabled)
        {
            recurringJobs.AddOrUpdate<DigestsJob>(DigestsJob.RecurringId, job => job.RunAsync(CancellationToken.None), digests.Value.Cron);
            // A worker that starts after someone's morning sends their digest now, not at the next tick (it is sent once either way).
            recurringJobs.Trigger(DigestsJob.RecurringId);
        }
        else
        {
            recurringJobs.RemoveIfExists(DigestsJob.RecurringId);
        }

        if (notifications.Value.Enabled)
        {
            recurringJobs.AddOrUpdate<MaintainSubscriptionsJob>(MaintainSubscriptionsJob.RecurringId, job => job.RunAsync(CancellationToken.None), notifications.Value.Cron);
            recurringJobs.Trigger(MaintainSubscriptionsJob.RecurringId);
        }
        else
        {
            recurringJobs.RemoveIfExists(MaintainSubscriptionsJob.RecurringId);
        }

        recurringJobs.Trigger(ScheduleMailboxesJob.RecurringId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring jobs not registered yet ({Reason}); trying again in 5 s")]
    private static partial void LogLockBusy(ILogger logger, string reason);
}
