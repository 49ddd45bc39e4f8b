using System.Diagnostics;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>
/// The worker process killed at random points of a sync (Process.Kill, no chance to clean up), then run again:
/// the interactions equal the ground truth every time, each created (and audited) exactly once.
/// </summary>
public sealed class CrashTests(Simulator simulator) : IClassFixture<Simulator>
{
    private const int Trials = 5;

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Output = [];

    [Fact]
    public async Task WorkerKilledMidSync_ThenRestarted_LosesAndDuplicatesNothing()
    {
        var truth = GroundTruth.Load("small-firm");
        var random = new Random(20261125);
        var killedMidSync = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            await using var harness = await CaptureHarness.StartAsync(simulator);
            var ada = harness.Firm.Ada.Id;

            using (var victim = StartWorker(harness, ada))
            {
                // Kill once a random number of pages (one item each) has committed: mid-stream, mid-page or mid-commit.
                // (Ada's Inbox alone is 10 pages, her mailbox 15: at most 9 leaves time for the kill to land before the end.)
                var pagesBeforeKill = random.Next(1, 10);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                while (!victim.HasExited && await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.capture_decisions") < pagesBeforeKill)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
                }

                if (!victim.HasExited)
                {
                    victim.Kill(entireProcessTree: true);
                    await victim.WaitForExitAsync();
                    killedMidSync++;
                }
            }

            Assert.True(await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.mailbox_cursors WHERE last_completed_at IS NOT NULL") < 3, "the kill came before the sync finished: " + string.Join("\n", Output.Take(40)));

            // The restarted worker (in-process here: the same pipeline) resumes from whatever the killed one committed.
            await harness.SyncAllAsync();
            GroundTruth.AssertMatches(truth, await harness.InteractionsAsync());
            Assert.Equal(truth.Count, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created'"));
        }

        Assert.Equal(Trials, killedMidSync);
    }

    /// <summary>The real GraphSync executable, syncing one mailbox page by page (pages of one item: many commit points).</summary>
    private Process StartWorker(CaptureHarness harness, Guid mailbox)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OutlookCms.GraphSync.dll"), "--sync-once", mailbox.ToString()])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__OutlookCms"] = harness.Database.ConnectionString;
        start.Environment["Graph__TenantId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultTenantId;
        start.Environment["Graph__ClientId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerClientId;
        start.Environment["Graph__ClientSecret"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerSecret;
        start.Environment["Graph__AuthorityHost"] = simulator.BaseAddress.ToString();
        start.Environment["Graph__BaseUrl"] = new Uri(simulator.BaseAddress, "v1.0").ToString();
        start.Environment["Capture__FirmDomains__0"] = "firm.example";
        start.Environment["Capture__PageSize"] = "1";
        start.Environment["Capture__CalendarPastDays"] = "3650";
        start.Environment["Capture__CalendarFutureDays"] = "3650";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        // Drain the pipes so a chatty worker never blocks on a full buffer.
        process.OutputDataReceived += (_, e) => Output.Add(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => Output.Add(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
