using System.Diagnostics;
using System.Text.Json.Nodes;
using OutlookCms.GraphSync.Tests.Support;
using Xunit.Abstractions;

// Not ".GroundTruth": that would hide Support/GroundTruth.cs (the small-firm truth) from the other tests.
namespace OutlookCms.GraphSync.Tests.GeneratedTruth;

/// <summary>
/// The generated scenario of the seeded firm through the whole pipeline — real SDK, simulator, PostgreSQL — against
/// its own ground truth: recall and precision must both be 100%. A week without faults; a month of 20 mailboxes with
/// throttling, outages, dropped connections, expired delta tokens and messages moved between folders.
/// </summary>
public sealed class GeneratedMonthCaptureTests(Simulator simulator, ITestOutputHelper output) : IClassFixture<Simulator>
{
    private const int Reps = 20;

    [Fact]
    public async Task Capture_OfEveryMailbox_MatchesTheGroundTruth()
    {
        await using var month = await GeneratedMonth.StartAsync(simulator, Reps, days: 7);
        Describe(month);
        var clock = Stopwatch.StartNew();

        await month.SyncAllAsync();

        output.WriteLine($"capture of {month.Scenario.Mailboxes.Count} mailboxes: {clock.Elapsed.TotalSeconds:0.0} s");
        await AssertGroundTruthAsync(month);
    }

    [Fact]
    public async Task AMonth_WithRandomFaultsExpiredTokensAndMovedMessages_StillMatchesTheGroundTruth_WithoutDuplicates()
    {
        await using var month = await GeneratedMonth.StartAsync(simulator, Reps, days: 30);
        Describe(month);
        var firstRequest = await LastRequestNumberAsync();
        await simulator.AdminAsync(HttpMethod.Delete, "_simulator/faults?seed=5");
        await simulator.FaultAsync("throttle", probability: 0.05);
        await simulator.FaultAsync("unavailable", probability: 0.03);
        await simulator.FaultAsync("gatewayTimeout", probability: 0.03);
        await simulator.FaultAsync("drop", probability: 0.04);
        var clock = Stopwatch.StartNew();

        // Half the mailboxes; then client emails are moved from their Inbox to the Archive and seen there; then every
        // delta token expires (410 → resync from scratch); then all mailboxes, twice.
        var firstHalf = month.Scenario.Mailboxes.Take(Reps / 2).ToList();
        await month.SyncAllAsync(firstHalf);
        var moved = await MoveCapturedEmailsToArchiveAsync(month, firstHalf);
        await month.SyncAllAsync(firstHalf);
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/expire-delta-tokens");
        var resynced = await month.SyncAsync(month.Scenario.Mailboxes[0].FirmUserId);
        Assert.Contains(resynced.Streams, s => s.Resyncs > 0);
        await month.SyncAllAsync();
        await month.SyncAllAsync();
        var elapsed = clock.Elapsed;
        await simulator.ClearFaultsAsync();

        var requests = await RequestsSinceAsync(firstRequest);
        var faults = requests.Where(r => r.Fault is not null).GroupBy(r => r.Fault!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.WriteLine($"capture with faults: {elapsed.TotalSeconds:0.0} s, {requests.Count} Graph requests, " +
            $"{faults.Sum(g => g.Count())} answered with a fault ({string.Join(", ", faults.Select(g => $"{g.Key} {g.Count()}"))}), " +
            $"{requests.Count(r => r.Status == 410)} with 410 (expired delta token), {moved.Count} messages moved Inbox → Archive");
        foreach (var kind in new[] { "throttle", "unavailable", "gatewayTimeout", "drop" })
        {
            Assert.True(faults.Any(g => g.Key == kind && g.Count() >= 3), $"{kind} faults were actually served");
        }

        await AssertGroundTruthAsync(month);
        var created = await month.Database.ScalarAsync<long>(
            "SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created' AND entity_id NOT IN (SELECT id::text FROM public.seeded_interactions)");
        output.WriteLine($"'Created' audit entries: {created} for {month.Truth.Interactions.Count} interactions of the truth");
        Assert.Equal(month.Truth.Interactions.Count, created);
        foreach (var key in moved)
        {
            // The Inbox copy left (RemovedFromMailbox), the Archive copy arrived (Captured): one interaction for both.
            var decisions = await month.Database.ScalarAsync<string>(
                $"SELECT string_agg(stream || ':' || outcome, ',' ORDER BY stream) || ' ' || count(DISTINCT interaction_id) FROM cms.capture_decisions WHERE internet_message_id = '{key.Replace("'", "''", StringComparison.Ordinal)}' AND graph_item_id IS NOT NULL AND stream IN ('Inbox', 'Archive')");
            Assert.Contains("Archive:Captured", decisions, StringComparison.Ordinal);
            Assert.Contains("Inbox:RemovedFromMailbox", decisions, StringComparison.Ordinal);
            Assert.EndsWith(" 1", decisions, StringComparison.Ordinal);
        }
    }

    /// <summary>Two captured client emails of each mailbox moved from its Inbox to its Archive; their Message-IDs.</summary>
    private async Task<List<string>> MoveCapturedEmailsToArchiveAsync(GeneratedMonth month, IEnumerable<Domain.Seeding.Mailboxes.ScenarioMailbox> mailboxes)
    {
        var moved = new List<string>();
        foreach (var mailbox in mailboxes)
        {
            await using var connection = await month.Database.OpenConnectionAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT graph_item_id, internet_message_id FROM cms.capture_decisions WHERE firm_user_id = @user AND stream = 'Inbox' AND outcome = 'Captured' ORDER BY internet_message_id COLLATE \"C\" LIMIT 2",
                connection);
            command.Parameters.AddWithValue("user", mailbox.FirmUserId);
            var items = new List<(string Id, string Key)>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    items.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (id, key) in items)
            {
                await simulator.AdminAsync(HttpMethod.Post, $"_simulator/mailboxes/{mailbox.Address}/messages/{Uri.EscapeDataString(id)}/move", new { destination = "archive" });
                moved.Add(key);
            }
        }

        Assert.NotEmpty(moved);
        return moved;
    }

    private async Task<long> LastRequestNumberAsync() =>
        (await RequestsSinceAsync(0)).Select(r => r.Number).DefaultIfEmpty(0).Max();

    private async Task<List<(long Number, int Status, string? Fault)>> RequestsSinceAsync(long after)
    {
        var log = await simulator.AdminAsync(HttpMethod.Get, $"_simulator/requests?after={after}");
        return (log as JsonArray ?? []).Select(e => (
            e!["number"]!.GetValue<long>(),
            e["status"]!.GetValue<int>(),
            e["fault"] is JsonValue fault ? fault.GetValue<string>() : null)).ToList();
    }

    private void Describe(GeneratedMonth month)
    {
        var scenario = month.Scenario;
        output.WriteLine($"scenario: {scenario.Options.Days} days, {scenario.Mailboxes.Count} mailboxes, {scenario.MessageCount} messages, {scenario.EventCount} events " +
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
        output.WriteLine($"not captured: {month.Truth.NotCaptured.Count - wrong.Count} of {month.Truth.NotCaptured.Count} items skipped for the truth's reason in every mailbox copy");
        Assert.True(wrong.Count == 0, $"{wrong.Count} items skipped for the wrong reason:\n" + string.Join('\n', wrong.Take(10)));
        var (expectedProspects, actualProspects) = await GroundTruthComparison.ProspectsAsync(connection, month.Truth);
        Assert.Equal(expectedProspects, actualProspects);
        output.WriteLine($"unknown senders: {month.Truth.Prospects.Count} counted as the truth says ({month.Truth.Prospects.Count(p => p.Status == "Proposed")} proposed)");
    }
}
