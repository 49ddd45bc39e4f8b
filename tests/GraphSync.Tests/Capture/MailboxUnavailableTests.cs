using Microsoft.Extensions.Time.Testing;
using OutlookCms.Domain.Firm;
using OutlookCms.GraphSync.Pipeline;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>
/// A captured role whose user Graph has no mailbox for (unlicensed, on-premises, or not in the tenant at all): one
/// clear warning an hour and one audit row a day, not a failed run every minute; the other mailboxes go on.
/// </summary>
public sealed class MailboxUnavailableTests(Simulator simulator) : IClassFixture<Simulator>
{
    [Fact]
    public async Task UserWithoutAMailbox_IsRecordedOnce_AndTheRunDoesNotFail()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        var manager = await AddManagerAsync(harness, "mia@firm.example");
        // In the directory, without an Exchange Online mailbox.
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/mailboxes", new { address = "mia@firm.example", hasMailbox = false });

        var first = await harness.SyncAsync(manager.Id);
        var second = await harness.SyncAsync(manager.Id);
        await harness.SyncAllAsync();

        Assert.Equal("MailboxNotEnabledForRESTAPI", first.MailboxUnavailable);
        Assert.Equal("MailboxNotEnabledForRESTAPI", second.MailboxUnavailable);
        Assert.Empty(first.Streams);
        Assert.Equal(1, await AuditRowsAsync(harness, manager));
        var reason = await harness.Database.ScalarAsync<string>($"SELECT reason FROM cms.audit_entries WHERE action = 'MailboxUnavailable' AND entity_id = '{manager.Id}'");
        Assert.Contains("MailboxNotEnabledForRESTAPI", reason, StringComparison.Ordinal);
        Assert.Contains("mia@firm.example", reason, StringComparison.Ordinal);
        GroundTruth.AssertMatches(GroundTruth.Load("small-firm"), await harness.InteractionsAsync());
    }

    [Fact]
    public async Task UserUnknownToGraph_IsReportedAsAnInvalidUser()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        var manager = await AddManagerAsync(harness, "nobody@firm.example");

        var result = await harness.SyncAsync(manager.Id);

        Assert.True(result.Locked);
        Assert.Equal("ErrorInvalidUser", result.MailboxUnavailable);
        Assert.Equal(1, await AuditRowsAsync(harness, manager));
    }

    [Fact]
    public void Warnings_AreAtMostOneAnHourPerMailbox_AndStartAgainOnceItWorked()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var problems = new MailboxProblems(time);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.True(problems.ShouldWarn(a));
        Assert.True(problems.ShouldWarn(b));
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(problems.ShouldWarn(a));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(problems.ShouldWarn(a));
        problems.Clear(b);
        Assert.True(problems.ShouldWarn(b));
    }

    private static async Task<FirmUser> AddManagerAsync(CaptureHarness harness, string email)
    {
        var manager = new FirmUser(Guid.NewGuid(), "Mia Manager", email, "UTC", FirmRole.Manager);
        await using var db = harness.Database.NewDb();
        db.Add(manager);
        await db.SaveChangesAsync();
        return manager;
    }

    private static Task<long> AuditRowsAsync(CaptureHarness harness, FirmUser user) =>
        harness.Database.ScalarAsync<long>($"SELECT count(*) FROM cms.audit_entries WHERE action = 'MailboxUnavailable' AND entity_type = 'FirmUser' AND entity_id = '{user.Id}'");
}
