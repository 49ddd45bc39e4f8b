using System.Diagnostics;
using OutlookCms.GraphSync.Tests.Support;
using Xunit.Abstractions;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>
/// Scale-out: three real GraphSync worker processes share the mailboxes through Hangfire on one database; the one
/// holding a mailbox's lock is killed mid-sync. The other two finish every mailbox (the dead run's lock went with its
/// connection, its page never committed): the interactions equal the ground truth, each created and audited once.
/// </summary>
public sealed class ThreeWorkerTests(Simulator simulator, ITestOutputHelper output) : IClassFixture<Simulator>
{
    [Fact]
    public async Task ThreeWorkers_OneKilledMidSync_LoseAndDuplicateNothing()
    {
        var truth = GroundTruth.Load("small-firm");
        await using var harness = await CaptureHarness.StartAsync(simulator);
        var settings = DigestWorld.Settings(simulator, harness.Database.ConnectionString, "nobody@firm.example").Concat(
        [
            new("Digests:Enabled", "false"),
            // Pages of one item: many commit points, and syncs long enough to be caught in the middle.
            new("Capture:PageSize", "1"),
            new("Capture:CalendarPastDays", "3650"),
            new("Capture:CalendarFutureDays", "3650"),
            new("Logging:LogLevel:Default", "Warning"),
        ]).ToList();
        // Each worker names its connections, so the test can see which one holds a mailbox's advisory lock.
        var workers = Enumerable.Range(0, 3).Select(i => WorkerProcess.Start(
            settings.Select(s => s.Key == "ConnectionStrings:OutlookCms" ? new(s.Key, s.Value + $";Application Name=worker-{i}") : s))).ToList();
        var clock = Stopwatch.StartNew();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            string? victim = null;
            while (victim is null)
            {
                victim = await harness.Database.ScalarAsync<string>(
                    """
                    SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                    WHERE l.locktype = 'advisory' AND a.application_name LIKE 'worker-%' AND a.datname = current_database()
                      AND EXISTS (SELECT 1 FROM cms.capture_decisions)
                    LIMIT 1
                    """, timeout.Token);
                await Task.Delay(victim is null ? 20 : 0, timeout.Token);
            }

            var decisionsAtKill = await harness.CountAsync("capture_decisions");
            var killed = workers[int.Parse(victim["worker-".Length..], System.Globalization.CultureInfo.InvariantCulture)];
            await killed.KillAsync();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed {victim} holding a mailbox lock, {decisionsAtKill} decisions committed");
            Assert.True(await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.mailbox_cursors WHERE last_completed_at IS NOT NULL") < 9,
                "every stream had finished before the kill: no crash was tested");

            // The survivors pick the dead run's mailbox up at its next tick (a minute at most).
            while (true)
            {
                var streamsDone = await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.mailbox_cursors WHERE last_completed_at IS NOT NULL", timeout.Token);
                if (streamsDone == 9 && (await harness.InteractionsAsync()).Count == truth.Count)
                {
                    break;
                }

                Assert.False(timeout.IsCancellationRequested, "the survivors did not finish:\n" + string.Join("\n---\n", workers.Select(w => w.Tail())));
                await Task.Delay(250, timeout.Token);
            }

            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: every stream of the 3 mailboxes complete with 2 workers left");
            GroundTruth.AssertMatches(truth, await harness.InteractionsAsync());
            Assert.Equal(truth.Count, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created'"));
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }
}
