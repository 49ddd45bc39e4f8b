using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>Nothing lost, nothing duplicated: expired tokens, throttling, outages and a sync cut off mid-way.</summary>
public sealed class FaultTests(Simulator simulator) : IClassFixture<Simulator>
{
    private static readonly List<CapturedInteraction> Truth = GroundTruth.Load("small-firm");

    [Fact]
    public async Task ExpiredDeltaTokens_ResyncFromScratch_WithoutDuplicates()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await harness.SyncAllAsync();
        var created = await CreatedAuditsAsync(harness);

        await simulator.AdminAsync(HttpMethod.Post, "_simulator/expire-delta-tokens");
        var result = await harness.SyncAsync(harness.Firm.Ada.Id);
        await harness.SyncAllAsync();

        Assert.All(result.Streams, s => Assert.Equal(1, s.Resyncs));
        Assert.True(result.Streams.Sum(s => s.Items) >= 15, "the resync read every item again");
        GroundTruth.AssertMatches(Truth, await harness.InteractionsAsync());
        Assert.Equal(created, await CreatedAuditsAsync(harness));
        Assert.Equal(Truth.Count, created);
    }

    [Fact]
    public async Task ThrottlingAndOutages_AreRetried_AndGiveTheSameResult()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await simulator.AdminAsync(HttpMethod.Delete, "_simulator/faults?seed=7");
        await simulator.FaultAsync("throttle", probability: 0.3);
        await simulator.FaultAsync("unavailable", probability: 0.15);
        await simulator.FaultAsync("gatewayTimeout", probability: 0.1);

        await harness.SyncAllAsync();

        Assert.True(await simulator.FaultedRequestsAsync() > 3, "faults were actually served");
        GroundTruth.AssertMatches(Truth, await harness.InteractionsAsync());
    }

    [Fact]
    public async Task SyncsCutOffAtRandomPoints_LoseNothing_AndTheRerunsDuplicateNothing()
    {
        // One attempt per page: every dropped connection ends that stream's run, as a crash would, after the
        // pages before it committed. Seeded, so the cut points are the same on every run of the test.
        await using var harness = await CaptureHarness.StartAsync(simulator, settings: new Dictionary<string, string?> { ["Graph:PageAttempts"] = "1" });
        await simulator.AdminAsync(HttpMethod.Delete, "_simulator/faults?seed=11");
        await simulator.FaultAsync("drop", probability: 0.35, mailbox: "ada@firm.example");

        var failures = 0;
        var cutMidStream = false;
        for (var run = 0; run < 40; run++)
        {
            try
            {
                await harness.SyncAsync(harness.Firm.Ada.Id);
                break;
            }
            catch (InvalidOperationException)
            {
                failures++;
                cutMidStream |= await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.mailbox_cursors WHERE is_mid_sync") > 0;
            }
        }

        await simulator.ClearFaultsAsync();
        await harness.SyncAllAsync();

        Assert.True(failures > 0, "some runs were cut off");
        Assert.True(cutMidStream, "some run was cut off between two pages of a stream");
        GroundTruth.AssertMatches(Truth, await harness.InteractionsAsync());
        Assert.Equal(Truth.Count, await CreatedAuditsAsync(harness));
    }

    [Fact]
    public async Task SecondWorker_OnABusyMailbox_SkipsIt()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await using var other = await harness.Database.OpenConnectionAsync();
        await using (var command = new Npgsql.NpgsqlCommand("SELECT pg_advisory_lock($1)", other))
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = OutlookCms.GraphSync.Pipeline.MailboxSync.LockKey(harness.Firm.Ada.Id) });
            await command.ExecuteNonQueryAsync();
        }

        var result = await harness.SyncAsync(harness.Firm.Ada.Id);

        Assert.False(result.Locked);
        Assert.Equal(0, await harness.CountAsync("mailbox_cursors"));
    }

    private static Task<long> CreatedAuditsAsync(CaptureHarness harness) =>
        harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created'");
}
