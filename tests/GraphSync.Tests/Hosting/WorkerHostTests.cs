using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutlookCms.GraphSync.Jobs;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Hosting;

/// <summary>The GraphSync host as it runs: Hangfire on PostgreSQL schedules one job per rep mailbox, and they capture.</summary>
public sealed class WorkerHostTests(Simulator simulator) : IClassFixture<Simulator>
{
    [Fact]
    public async Task Worker_SchedulesEveryRepMailbox_AndCapturesThemThroughHangfire()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        using var host = BuildHost(harness);

        await host.StartAsync();
        try
        {
            await WaitUntilAsync(async () => await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.mailbox_cursors WHERE last_completed_at IS NOT NULL") == 9);

            GroundTruth.AssertMatches(GroundTruth.Load("small-firm"), await harness.InteractionsAsync());
            var storage = host.Services.GetRequiredService<JobStorage>();
            Assert.Equal(
                new[] { "follow-up-rules", "purge-capture-decisions", "schedule-mailboxes" }.Concat(harness.Firm.Reps.Select(r => SyncMailboxJob.RecurringId(r.Id))).Order(StringComparer.Ordinal),
                RecurringIds(storage));

            await using (var db = harness.Database.NewDb())
            {
                var cy = await db.FirmUsers.SingleAsync(u => u.Id == harness.Firm.Cy.Id);
                cy.Deactivate();
                await db.SaveChangesAsync();
            }

            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ScheduleMailboxesJob>().RunAsync(CancellationToken.None);
            }

            Assert.DoesNotContain(SyncMailboxJob.RecurringId(harness.Firm.Cy.Id), RecurringIds(storage));
            Assert.Contains(SyncMailboxJob.RecurringId(harness.Firm.Ada.Id), RecurringIds(storage));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private IHost BuildHost(CaptureHarness harness)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:OutlookCms"] = harness.Database.ConnectionString,
            ["Graph:TenantId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultTenantId,
            ["Graph:ClientId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerClientId,
            ["Graph:ClientCertificatePath"] = WorkerCertificate.PfxPath,
            ["Graph:AuthorityHost"] = simulator.BaseAddress.ToString(),
            ["Graph:BaseUrl"] = new Uri(simulator.BaseAddress, "v1.0").ToString(),
            ["Capture:FirmDomains:0"] = "firm.example",
            ["Capture:CalendarPastDays"] = "3650",
            ["Capture:CalendarFutureDays"] = "3650",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGraphSync();
        return builder.Build();
    }

    private static List<string> RecurringIds(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Polls a condition the worker reaches by itself (bounded: the test fails after a minute).</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
        }
    }
}
