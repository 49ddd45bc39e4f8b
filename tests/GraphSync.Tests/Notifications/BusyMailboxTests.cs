using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Jobs;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Notifications;

/// <summary>
/// A notification for a mailbox that is being synced: the notified sync finds it busy and leaves a request, which the
/// running sync takes before letting the mailbox go and syncs once more. The news is captured by that run, with no
/// later job (and no wait for Hangfire's schedule poll), once.
/// </summary>
public sealed class BusyMailboxTests(Simulator simulator) : IClassFixture<Simulator>
{
    [Fact]
    public async Task NotifiedSync_OnABusyMailbox_HandsTheNewsToTheRunningSync()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await harness.SyncAllAsync();
        var ada = harness.Firm.Ada;
        var inboxDone = await InboxCompletedAtAsync(harness, ada.Id);

        // The running sync: slowed in its calendar stream (after the Inbox) by throttling with Retry-After 1 s.
        await simulator.FaultAsync("throttle", count: 3, pathContains: "calendarView", mailbox: ada.Email);
        var running = harness.SyncAsync(ada.Id);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (await InboxCompletedAtAsync(harness, ada.Id) == inboxDone)
            {
                Assert.False(running.IsCompleted, "the running sync ended before its Inbox pass could be seen");
                await Task.Delay(20, timeout.Token);
            }
        }

        // A client writes now: the running sync's Inbox pass is over, so only another pass can see the message.
        var added = await simulator.AdminAsync(HttpMethod.Post, $"_simulator/mailboxes/{ada.Email}/messages?folder=inbox", new
        {
            subject = "Arrived mid-sync",
            from = new { emailAddress = new { name = "Pat Client", address = "pat@acme.example" } },
            toRecipients = new[] { new { emailAddress = new { address = ada.Email } } },
            receivedDateTime = DateTimeOffset.UtcNow.ToString("O"),
        });
        var key = added["internetMessageId"]!.GetValue<string>();
        await using (var scope = harness.Service<IServiceProvider>().CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<NotifiedMailboxSyncJob>(scope.ServiceProvider).SyncAsync(ada.Id);
        }

        Assert.False(running.IsCompleted, "the notified sync should have found the mailbox busy, not waited for it");
        Assert.Equal(1, await harness.CountAsync("mailbox_sync_requests"));
        Assert.Equal(0, await harness.Database.ScalarAsync<long>($"SELECT count(*) FROM cms.interactions WHERE natural_key = '{key}'"));

        Assert.True((await running).Locked);

        Assert.Equal(1, await harness.Database.ScalarAsync<long>($"SELECT count(*) FROM cms.interactions WHERE natural_key = '{key}'"));
        Assert.Equal(0, await harness.CountAsync("mailbox_sync_requests"));
        Assert.Equal(
            await harness.CountAsync("interactions"),
            await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created'"));
    }

    [Fact]
    public async Task ARequestLeftBeforeARun_IsTakenByIt()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await using (var scope = harness.Service<IServiceProvider>().CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutlookCms.GraphSync.Pipeline.MailboxSync>().RequestAgainAsync(harness.Firm.Ben.Id, CancellationToken.None);
        }


        await harness.SyncAllAsync();

        Assert.Equal(0, await harness.CountAsync("mailbox_sync_requests"));
    }

    private static async Task<DateTimeOffset?> InboxCompletedAtAsync(CaptureHarness harness, Guid firmUserId)
    {
        await using var db = harness.Database.NewDb();
        return await db.MailboxCursors.AsNoTracking().Where(c => c.FirmUserId == firmUserId && c.Stream == MailboxStream.Inbox).Select(c => c.LastCompletedAt).SingleAsync();
    }
}
