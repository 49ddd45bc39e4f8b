using System.Diagnostics;
using OutlookCms.GraphSync.Tests.Support;
using Xunit.Abstractions;

// Not ".GroundTruth": that would hide Support/GroundTruth.cs (the small-firm truth) from the other tests.
namespace OutlookCms.GraphSync.Tests.GeneratedTruth;

/// <summary>
/// The generated scenario of the seeded firm (20 reps, a week) through the whole pipeline — real SDK, simulator,
/// PostgreSQL — against its own ground truth: recall and precision must both be 100%, with and without faults.
/// </summary>
public sealed class GeneratedMonthCaptureTests(Simulator simulator, ITestOutputHelper output) : IClassFixture<Simulator>
{
    private const int Reps = 20;
    private const int Days = 7;

    [Fact]
    public async Task Capture_OfEveryMailbox_MatchesTheGroundTruth()
    {
        await using var month = await GeneratedMonth.StartAsync(simulator, Reps, Days);
        Describe(month);
        var clock = Stopwatch.StartNew();

        await month.SyncAllAsync();

        output.WriteLine($"capture of {month.Scenario.Mailboxes.Count} mailboxes: {clock.Elapsed.TotalSeconds:0.0} s");
        await AssertGroundTruthAsync(month);
    }

    [Fact]
    public async Task Capture_WithRandomFaultsAndExpiredDeltaTokens_StillMatchesTheGroundTruth_WithoutDuplicates()
    {
        await using var month = await GeneratedMonth.StartAsync(simulator, Reps, Days);
        Describe(month);
        await simulator.AdminAsync(HttpMethod.Delete, "_simulator/faults?seed=5");
        await simulator.FaultAsync("throttle", probability: 0.08);
        await simulator.FaultAsync("unavailable", probability: 0.04);
        await simulator.FaultAsync("gatewayTimeout", probability: 0.03);
        await simulator.FaultAsync("drop", probability: 0.05);
        var clock = Stopwatch.StartNew();

        // Half the mailboxes, then every delta token expires (410 → resync from scratch), then all of them, twice.
        await month.SyncAllAsync(month.Scenario.Mailboxes.Take(Reps / 2));
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/expire-delta-tokens");
        var resynced = await month.SyncAsync(month.Scenario.Mailboxes[0].FirmUserId);
        Assert.Contains(resynced.Streams, s => s.Resyncs > 0);
        await month.SyncAllAsync();
        await month.SyncAllAsync();

        var faults = await simulator.FaultedRequestsAsync();
        output.WriteLine($"capture with faults: {clock.Elapsed.TotalSeconds:0.0} s, {faults} Graph requests answered with a fault");
        Assert.True(faults > 10, "faults were actually served");
        await AssertGroundTruthAsync(month);
        var created = await month.Database.ScalarAsync<long>(
            "SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created' AND entity_id NOT IN (SELECT id::text FROM public.seeded_interactions)");
        Assert.Equal(month.Truth.Interactions.Count, created);
    }

    private void Describe(GeneratedMonth month)
    {
        var scenario = month.Scenario;
        output.WriteLine($"scenario: {scenario.Mailboxes.Count} mailboxes, {scenario.MessageCount} messages, {scenario.EventCount} events " +
            $"(per mailbox {scenario.Mailboxes.Min(m => m.Messages)}–{scenario.Mailboxes.Max(m => m.Messages)} messages, {scenario.Mailboxes.Min(m => m.Events)}–{scenario.Mailboxes.Max(m => m.Events)} events); " +
            $"truth: {month.Truth.Interactions.Count} interactions, {month.Truth.NotCaptured.Count} not captured, {month.Truth.Prospects.Count} unknown senders");
    }

    private async Task AssertGroundTruthAsync(GeneratedMonth month)
    {
        var comparison = GroundTruthComparison.Of(month.Truth.Interactions, await month.CapturedAsync());
        output.WriteLine(comparison.ToString());
        Assert.True(comparison.Recall == 1 && comparison.Precision == 1, comparison.ToString());

        await using var connection = await month.Database.OpenConnectionAsync();
        var wrong = await GroundTruthComparison.WrongDecisionsAsync(connection, month.Truth);
        Assert.True(wrong.Count == 0, $"{wrong.Count} items skipped for the wrong reason:\n" + string.Join('\n', wrong.Take(10)));
        var (expectedProspects, actualProspects) = await GroundTruthComparison.ProspectsAsync(connection, month.Truth);
        Assert.Equal(expectedProspects, actualProspects);
    }
}
