using System.Collections.Concurrent;
using System.Diagnostics;
using OutlookCms.GraphSync.Tests.Support;
using Xunit.Abstractions;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>
/// The worker process killed at a random point of a sync (Process.Kill, no chance to clean up), then run again:
/// 50 trials, and after each restart the interactions equal the ground truth, each created (and audited) exactly once.
/// </summary>
public sealed class CrashTests(Simulator simulator, ITestOutputHelper output) : IClassFixture<Simulator>
{
    private const int Trials = 50;

    // Trials side by side, each with its own database and worker process, against one simulator: a worker spends
    // most of its life starting up (JIT, EF model), so overlapping them is what makes 50 kills affordable.
    private const int Lanes = 3;

    private readonly ConcurrentQueue<string> _workerOutput = new();

    [Fact]
    public async Task WorkerKilledMidSync_FiftyTimes_ThenRestarted_LosesAndDuplicatesNothing()
    {
        var truth = GroundTruth.Load("small-firm");
        await simulator.ClearFaultsAsync();
        await simulator.LoadScenarioAsync("small-firm");
        var killedAt = new ConcurrentBag<long>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Trials), new ParallelOptions { MaxDegreeOfParallelism = Lanes }, async (trial, _) =>
            killedAt.Add(await TrialAsync(truth, new Random(20261125 + trial))));

        output.WriteLine($"{Trials} trials, {Lanes} at a time: {clock.Elapsed.TotalSeconds:0.0} s; killed after " +
            string.Join(", ", killedAt.GroupBy(n => n).OrderBy(g => g.Key).Select(g => $"{g.Key} decisions ×{g.Count()}")));
        Assert.Equal(Trials, killedAt.Count);
    }

    /// <summary>One trial: a fresh database, the real worker killed mid-sync, the restart, the comparison. Returns the
    /// number of decisions the killed worker had committed.</summary>
    private async Task<long> TrialAsync(List<CapturedInteraction> truth, Random random)
    {
        // Kill once a random number of pages (one item each) has committed, plus a random few milliseconds: mid-stream,
        // mid-fetch, mid-page or mid-commit. (Ada's Inbox alone is 10 pages, her mailbox 15.) On a fast machine the
        // last pages can commit before the kill lands: that attempt tested no crash, so it is run again, earlier.
        var pagesBeforeKill = random.Next(1, 10);
        var jitter = TimeSpan.FromMilliseconds(random.Next(0, 15));
        for (var attempt = 1; ; attempt++)
        {
            await using var harness = await CaptureHarness.StartAsync(simulator, scenario: null);
            var committed = await KillMidSyncAsync(harness, pagesBeforeKill, jitter);
            var finished = committed is null
                || await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.mailbox_cursors WHERE last_completed_at IS NOT NULL") >= 3;
            if (finished)
            {
                Assert.True(attempt < 5, "the kill never came before the sync finished");
                pagesBeforeKill = Math.Max(1, pagesBeforeKill / 2);
                jitter = TimeSpan.Zero;
                continue;
            }

            // The restarted worker (in-process here: the same pipeline) resumes from whatever the killed one committed.
            await harness.SyncAllAsync();
            GroundTruth.AssertMatches(truth, await harness.InteractionsAsync());
            Assert.Equal(truth.Count, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created'"));
            return committed!.Value;
        }
    }

    /// <summary>
    /// Starts the real worker, kills it after the given pages plus jitter, and returns the decisions it had committed;
    /// null when it had already finished its sync and exited cleanly.
    /// </summary>
    private async Task<long?> KillMidSyncAsync(CaptureHarness harness, int pagesBeforeKill, TimeSpan jitter)
    {
        using var victim = StartWorker(harness, harness.Firm.Ada.Id);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var seen = 0L;
        while (!victim.HasExited && (seen = await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.capture_decisions", timeout.Token)) < pagesBeforeKill)
        {
            // Seconds of start-up first (polled gently: the CPU is the worker's), then pages every few milliseconds.
            await Task.Delay(TimeSpan.FromMilliseconds(seen == 0 ? 40 : 3), timeout.Token);
        }

        await Task.Delay(jitter, timeout.Token);
        if (victim.HasExited)
        {
            Assert.True(victim.ExitCode == 0, "the worker died before the kill: " + string.Join("\n", _workerOutput.TakeLast(40)));
            return null;
        }

        victim.Kill(entireProcessTree: true);
        await victim.WaitForExitAsync(timeout.Token);
        return await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.capture_decisions", timeout.Token);
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
        start.Environment["Graph__ClientCertificatePath"] = WorkerCertificate.PfxPath;
        start.Environment["Graph__AuthorityHost"] = simulator.BaseAddress.ToString();
        start.Environment["Graph__BaseUrl"] = new Uri(simulator.BaseAddress, "v1.0").ToString();
        start.Environment["Capture__FirmDomains__0"] = "firm.example";
        start.Environment["Capture__PageSize"] = "1";
        start.Environment["Capture__CalendarPastDays"] = "3650";
        start.Environment["Capture__CalendarFutureDays"] = "3650";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // A short-lived process: no tiered-PGO instrumentation to pay for on the way up.
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        // Drain the pipes so a chatty worker never blocks on a full buffer.
        process.OutputDataReceived += (_, e) => _workerOutput.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => _workerOutput.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
