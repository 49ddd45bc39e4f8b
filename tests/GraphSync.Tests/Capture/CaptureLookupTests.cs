using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Common;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>"What happened to this email?" over the decisions the scenario leaves.</summary>
public sealed class CaptureLookupTests(Simulator simulator) : IClassFixture<Simulator>
{
    [Fact]
    public async Task ByMessageId_ShowsEveryMailboxCopy_CapturedAsOneInteraction()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await harness.SyncAllAsync();
        await using var db = harness.Database.NewDb();

        var decisions = await db.FindDecisionsAsync("<q4-allocation@acme.example>", null, null, 50, CancellationToken.None);

        Assert.Equal(3, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(CaptureOutcome.Captured, d.Outcome));
        Assert.Single(decisions.Select(d => d.InteractionId).Distinct());
        Assert.Equal(harness.Firm.Reps.Select(r => r.Id).Order(), decisions.Select(d => d.FirmUserId).Order());
    }

    [Fact]
    public async Task BySenderAndBySubjectWords_TellWhyNotCaptured()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await harness.SyncAllAsync();
        await using var db = harness.Database.NewDb();

        var news = Assert.Single(await db.FindDecisionsAsync(null, " News@Markets.example ", null, 50, CancellationToken.None));
        var personal = Assert.Single(await db.FindDecisionsAsync(null, null, "PERSONAL mat", 50, CancellationToken.None));
        var none = await db.FindDecisionsAsync(null, null, "100%_sure", 50, CancellationToken.None);

        Assert.Equal(CaptureReason.Bulk, news.Reason);
        Assert.Equal(CaptureReason.Private, personal.Reason);
        Assert.Empty(none);
        await Assert.ThrowsAsync<DomainRuleException>(() => db.FindDecisionsAsync(" ", null, null, 50, CancellationToken.None));
    }
}
