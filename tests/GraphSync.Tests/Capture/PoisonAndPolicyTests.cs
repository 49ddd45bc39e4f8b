using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>Poison items are set aside with a reason while the page goes on; the metadata-only mode keeps no words.</summary>
public sealed class PoisonAndPolicyTests(Simulator simulator) : IClassFixture<Simulator>
{
    private static readonly List<CapturedInteraction> Truth = GroundTruth.Load("small-firm");

    [Fact]
    public async Task PoisonItems_AreQuarantinedWithAReason_AndTheRestOfThePageIsCaptured()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator, settings: new Dictionary<string, string?> { ["Capture:PageSize"] = "50" });
        var crowd = Enumerable.Range(0, 500).Select(i => new { emailAddress = new { address = $"person{i}@crowd.example" } }).ToArray();
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/mailboxes/ada@firm.example/messages?folder=inbox", new
        {
            internetMessageId = "<crowd@acme.example>",
            subject = "To everyone",
            from = new { emailAddress = new { address = "pat@acme.example" } },
            toRecipients = crowd,
            sentDateTime = "2026-11-08T09:00:00Z",
        });
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/mailboxes/ada@firm.example/messages?folder=inbox", new
        {
            internetMessageId = "<broken@acme.example>",
            subject = "Broken sender",
            from = new { emailAddress = new { address = "not an address" } },
            toRecipients = new[] { new { emailAddress = new { address = "ada@firm.example" } } },
            sentDateTime = "2026-11-08T10:00:00Z",
        });

        await harness.SyncAllAsync();

        GroundTruth.AssertMatches(Truth, await harness.InteractionsAsync());
        await using var db = harness.Database.NewDb();
        var quarantined = await db.QuarantinedItems.OrderBy(q => q.InternetMessageId).ToListAsync();
        Assert.Equal(2, quarantined.Count);
        Assert.Equal(QuarantineReason.MalformedAddress, quarantined.Single(q => q.InternetMessageId == "<broken@acme.example>").Reason);
        var crowded = quarantined.Single(q => q.InternetMessageId == "<crowd@acme.example>");
        Assert.Equal(QuarantineReason.TooManyRecipients, crowded.Reason);
        Assert.Contains("500 recipients", crowded.Detail, StringComparison.Ordinal);
        Assert.Equal(2, await db.CaptureDecisions.CountAsync(d => d.Outcome == CaptureOutcome.Quarantined));
    }

    [Fact]
    public async Task MetadataOnlyMode_StoresWhoAndWhen_ButNoSubjectOrBody()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator, settings: new Dictionary<string, string?> { ["Capture:MetadataOnly"] = "true" });

        await harness.SyncAllAsync();

        var captured = await harness.InteractionsAsync();
        Assert.Equal(Truth.Select(t => t.Key), captured.Select(c => c.Key));
        Assert.All(captured, c => Assert.Null(c.Subject));
        Assert.Equal(0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.interactions WHERE subject IS NOT NULL OR summary IS NOT NULL"));
        Assert.Equal(0, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.capture_decisions WHERE subject IS NOT NULL"));
    }

    [Fact]
    public async Task BlocklistedDomain_IsNotCaptured()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator, settings: new Dictionary<string, string?> { ["Capture:Blocklist:0"] = "@acme.example" });

        await harness.SyncAllAsync();

        var captured = await harness.InteractionsAsync();
        Assert.Equal(["<question@gmail.com>"], captured.Select(c => c.Key));
        await using var db = harness.Database.NewDb();
        Assert.Equal(CaptureReason.Blocklisted, (await db.CaptureDecisions.SingleAsync(d => d.FirmUserId == harness.Firm.Ada.Id && d.Subject == "Portfolio review")).Reason);
    }
}
