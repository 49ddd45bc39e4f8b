using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>The hand-written small-firm scenario through the whole pipeline: real SDK, simulator, PostgreSQL.</summary>
public sealed class ScenarioCaptureTests(Simulator simulator) : IClassFixture<Simulator>
{
    [Fact]
    public async Task InitialSync_StoresExactlyTheGroundTruth()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);

        await harness.SyncAllAsync();

        GroundTruth.AssertMatches(GroundTruth.Load("small-firm"), await harness.InteractionsAsync());
    }

    [Fact]
    public async Task SecondRun_ChangesNothing()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await harness.SyncAllAsync();
        var interactions = await harness.CountAsync("interactions");
        var audit = await harness.CountAsync("audit_entries");
        var decisions = await harness.Database.ScalarAsync<string>("SELECT string_agg(graph_item_id || outcome || reason, ',' ORDER BY graph_item_id) FROM cms.capture_decisions");

        await harness.SyncAllAsync();

        Assert.Equal(interactions, await harness.CountAsync("interactions"));
        Assert.Equal(audit, await harness.CountAsync("audit_entries"));
        Assert.Equal(decisions, await harness.Database.ScalarAsync<string>("SELECT string_agg(graph_item_id || outcome || reason, ',' ORDER BY graph_item_id) FROM cms.capture_decisions"));
        GroundTruth.AssertMatches(GroundTruth.Load("small-firm"), await harness.InteractionsAsync());
    }

    [Fact]
    public async Task EveryItemSeen_HasADecisionWithItsReason()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);

        await harness.SyncAllAsync();

        await using var db = harness.Database.NewDb();
        var ada = await db.CaptureDecisions.Where(d => d.FirmUserId == harness.Firm.Ada.Id).ToListAsync();
        string ReasonFor(string subject) => ada.Single(d => d.Subject == subject).Reason.ToString();
        Assert.Equal("InternalOnly", ReasonFor("Lunch?"));
        Assert.Equal("Private", ReasonFor("A personal matter"));
        Assert.Equal("Bulk", ReasonFor("Markets weekly"));
        Assert.Equal("NoPartyMatched", ReasonFor("Hello"));
        Assert.Equal("InternalOnly", ReasonFor("Team sync"));
        Assert.Equal("Captured", ReasonFor("Question from Gina"));
        Assert.All(ada.Where(d => d.Outcome == CaptureOutcome.Captured), d => Assert.NotNull(d.InteractionId));
        // 10 inbox + 1 sent + 4 calendar items (the series master never comes through calendar view).
        Assert.Equal(15, ada.Count);
        var bulk = ada.Single(d => d.Subject == "Markets weekly");
        Assert.Equal("news@markets.example", bulk.Sender);
        Assert.Equal("List-Unsubscribe header", bulk.Detail);
    }

    [Fact]
    public async Task EmailCcdToThreeReps_IsOneInteractionWithThreeReps_WhicheverMailboxComesFirst()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);

        // Cy's copy first: the interaction must still name all three reps and stay single.
        await harness.SyncAsync(harness.Firm.Cy.Id);
        await harness.SyncAsync(harness.Firm.Ben.Id);
        await harness.SyncAsync(harness.Firm.Ada.Id);

        var q4 = Assert.Single(await harness.InteractionsAsync(), i => i.Key == "<q4-allocation@acme.example>");
        Assert.Equal(["ada@firm.example:To", "ben@firm.example:Cc", "cy@firm.example:Cc"], q4.Reps);
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created' AND after->>'naturalKey' = '<q4-allocation@acme.example>'"));
    }

    [Fact]
    public async Task MailboxesSyncedAtTheSameTime_ShareTheirInteractions_WithoutDuplicatesOrDeadlocks()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);

        var results = await Task.WhenAll(harness.Firm.Reps.Select(r => Task.Run(() => harness.SyncAsync(r.Id))));

        Assert.All(results, r => Assert.True(r.Locked));
        Assert.All(results.SelectMany(r => r.Streams), s => Assert.Null(s.Error));
        GroundTruth.AssertMatches(GroundTruth.Load("small-firm"), await harness.InteractionsAsync());
        Assert.Equal(3, await harness.Database.ScalarAsync<int>("SELECT message_count FROM cms.proposed_prospects WHERE address = 'sam@newco.example'"));
    }

    [Fact]
    public async Task FreeMailSender_MatchesByAddressOnly_NeverByDomain()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);

        await harness.SyncAllAsync();

        var interactions = await harness.InteractionsAsync();
        Assert.Equal(["Gina Free:From"], Assert.Single(interactions, i => i.Subject == "Question from Gina").Parties);
        Assert.DoesNotContain(interactions, i => i.Parties.Any(p => p.StartsWith("Careless Data Ltd", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UnknownSenderWritingThreeTimes_IsProposed_CountingEachMessageOnce()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);

        await harness.SyncAllAsync();
        await harness.SyncAllAsync();

        await using var db = harness.Database.NewDb();
        var prospects = await db.ProposedProspects.OrderBy(p => p.Address).ToListAsync();
        var sam = Assert.Single(prospects, p => p.Address == "sam@newco.example");
        Assert.Equal(ProspectStatus.Proposed, sam.Status);
        // Ben holds a copy of the first one: still three distinct messages.
        Assert.Equal(3, sam.MessageCount);
        Assert.Equal("Sam Stranger", sam.DisplayName);
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero), sam.FirstSeenAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 7, 9, 0, 0, TimeSpan.Zero), sam.LastSeenAt);
        var other = Assert.Single(prospects, p => p.Address == "someone.else@gmail.com");
        Assert.Equal(ProspectStatus.Watching, other.Status);
        Assert.Equal(0, await db.Parties.CountAsync(p => p.DisplayName.Contains("Sam")));
    }
}
