using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.GraphSync.Tests.Support;
using Xunit.Abstractions;

namespace OutlookCms.GraphSync.Tests.Digests;

/// <summary>
/// The issue's proof of "exactly once": two real GraphSync worker processes run the same <c>digests</c> schedule on one
/// database and one simulator, with random faults on the service mailbox (429, 503, dropped connections, and
/// dropAfter on send: sent, but the worker never heard), and one of them is killed mid-run and started again. Then
/// every person with something to say has exactly one digest in their Inbox, the service mailbox sent exactly that
/// many, and nobody else got anything.
/// </summary>
public sealed class TwoWorkerDigestTests(Simulator simulator, ITestOutputHelper output) : IClassFixture<Simulator>
{
    // 11:59 UTC on Sunday 29 March 2026: past 07:00 in London, Paris, New York and Tokyo; 04:59 in Los Angeles.
    private static readonly DateTimeOffset StartAt = new(2026, 3, 29, 11, 59, 0, TimeSpan.Zero);

    private static readonly string[] Zones = ["Europe/London", "Europe/Paris", "America/New_York", "Asia/Tokyo"];

    [Fact]
    public async Task TwoWorkersWithFaults_OneKilledMidRun_EveryoneGetsExactlyOneDigest()
    {
        await using var world = await DigestWorld.StartAsync(simulator, StartAt);
        var expected = new List<FirmUser>();
        var manager = await world.PersonAsync("Mo Manager", "Europe/London", FirmRole.Manager);
        expected.Add(manager);
        for (var i = 0; i < 16; i++)
        {
            var rep = await world.PersonAsync($"Rep {i:00}", Zones[i % Zones.Length], manager: i < 4 ? manager : null);
            await world.FollowUpAsync(rep, $"Call back {i}", StartAt.AddDays(i < 4 ? -5 : -1));
            expected.Add(rep);
        }

        var silent = new List<FirmUser>
        {
            await world.PersonAsync("Idle Rep", "Europe/London"),
            await world.PersonAsync("Early Rep", "America/Los_Angeles"),
        };
        await world.FollowUpAsync(silent[1], "Due, but it is not morning there yet", StartAt.AddDays(-1));

        foreach (var fault in new object[]
        {
            new { kind = "dropAfter", mailbox = world.ServiceMailbox, pathContains = "/send", probability = 0.3 },
            new { kind = "throttle", mailbox = world.ServiceMailbox, probability = 0.1, retryAfterSeconds = 1 },
            new { kind = "unavailable", mailbox = world.ServiceMailbox, probability = 0.1, retryAfterSeconds = 1 },
            new { kind = "drop", mailbox = world.ServiceMailbox, probability = 0.1 },
        })
        {
            await simulator.AdminAsync(HttpMethod.Post, "_simulator/faults", fault);
        }

        var settings = DigestWorld.Settings(simulator, world.Database.ConnectionString, world.ServiceMailbox).Concat(
        [
            new("Clock:StartAt", StartAt.ToString("O")),
            new("Digests:Cron", "* * * * *"),
            new("Logging:LogLevel:Default", "Warning"),
            new("Logging:LogLevel:OutlookCms.GraphSync.Jobs.DigestsJob", "Information"),
        ]).ToList();
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var workers = new List<WorkerProcess> { WorkerProcess.Start(settings), WorkerProcess.Start(settings) };
        try
        {
            // Kill the first worker once the digests are under way: some claimed, not all sent.
            var progress = await WaitForAsync(world, d => d.Count >= 3, timeout.Token);
            await workers[0].KillAsync();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed worker {workers[0].Id} with {progress.Count} digests claimed, " +
                $"{progress.Count(d => d.Status == DigestStatus.Sent)} sent");
            Assert.True(progress.Count(d => d.Status == DigestStatus.Sent) < expected.Count, "the kill came after every digest was sent: no crash was tested");
            workers.Add(WorkerProcess.Start(settings));

            // Faults go on for a while (Hangfire retries failed runs), then stop so the schedule can finish.
            await Task.Delay(TimeSpan.FromSeconds(20), timeout.Token);
            var faulted = await simulator.FaultedRequestsAsync();
            var log = await simulator.AdminAsync(HttpMethod.Get, $"_simulator/requests?mailbox={Uri.EscapeDataString(world.ServiceMailbox)}");
            output.WriteLine("faults met: " + string.Join(", ", log.AsArray()
                .Select(r => r!["fault"]?.GetValue<string>()).OfType<string>().GroupBy(k => k).Select(g => $"{g.Key} ×{g.Count()}")));
            await simulator.ClearFaultsAsync();
            var done = await WaitForAsync(world, d => d.Count(x => x.Status == DigestStatus.Sent) >= expected.Count, timeout.Token);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: all {done.Count} sent; {faulted} Graph requests faulted; sent by " +
                string.Join(", ", done.GroupBy(d => d.Worker).Select(g => $"{g.Key} ×{g.Count()}")) +
                $"; drafts made per digest: {string.Join(" ", done.Select(d => d.DraftsCreated))}");
            Assert.True(faulted > 0, "no fault was injected");

            // One more tick of the schedule, to show a run after everything was sent sends nothing.
            await Task.Delay(TimeSpan.FromSeconds(3), timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("the digests were not all sent in time:\n" + string.Join("\n---\n", workers.Select(w => w.Tail())));
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.KillAsync();
                worker.Dispose();
            }
        }

        foreach (var person in expected)
        {
            var inbox = await world.FolderAsync(person.Email, "inbox");
            Assert.True(inbox.Count == 1, $"{person.DisplayName} has {inbox.Count} digests");
        }

        foreach (var person in silent)
        {
            Assert.Empty(await world.FolderAsync(person.Email, "inbox"));
        }

        var sentItems = await world.FolderAsync(world.ServiceMailbox, "sentitems");
        Assert.Equal(expected.Count, sentItems.Count);
        Assert.Equal(expected.Count, sentItems.Select(m => m.ToRecipients![0].EmailAddress!.Address).Distinct().Count());
        var digests = await world.DigestsAsync();
        Assert.Equal(expected.Select(p => p.Id).Order(), digests.Select(d => d.RecipientId).Order());
        Assert.All(digests, d => Assert.Equal(DigestStatus.Sent, d.Status));
        Assert.Equal(digests.Select(d => d.DraftMessageId).Order(), sentItems.Select(m => m.Id).Order());
        var orphans = await world.FolderAsync(world.ServiceMailbox, "drafts");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {expected.Count} inboxes with one digest each; {orphans.Count} unsent drafts left in Drafts");
    }

    private static async Task<List<Digest>> WaitForAsync(DigestWorld world, Func<List<Digest>, bool> done, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var db = world.Database.NewDb();
            var digests = await db.Digests.AsNoTracking().ToListAsync(cancellationToken);
            if (done(digests))
            {
                return digests;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
