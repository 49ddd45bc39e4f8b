using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookCms.AddinHost;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Tests.Support;
using OutlookCms.TestSupport;
using Xunit.Abstractions;

namespace OutlookCms.GraphSync.Tests.Notifications;

/// <summary>
/// Change notifications end to end, with the real pieces: the simulator as Graph, AddinHost receiving the webhooks,
/// and a real GraphSync worker process whose polling schedule is once a year, so anything captured within seconds
/// came through a notification. The worker subscribes every rep's Inbox, Sent Items and calendar; a message created in
/// the simulator becomes an interaction; a notification Graph could not deliver (<c>missed</c>) still leads to a sync;
/// a removed subscription is made again; a reauthorization request renews.
/// </summary>
public sealed class NotifiedCaptureTests(Simulator simulator, ITestOutputHelper output) : IClassFixture<Simulator>
{
    // Generous: the worker process starts, migrates and syncs on a machine shared with other test classes.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task AMessage_IsCapturedThroughANotification_AndLifecycleEventsAreHandled()
    {
        await using var database = new PostgresDatabase();
        await database.InitializeAsync();
        var firm = await SmallFirm.SeedAsync(database);
        await simulator.AdminAsync(HttpMethod.Post, "_simulator/scenarios", new { mailboxes = firm.Reps.Select(r => new { address = r.Email }).ToArray(), reset = true });
        await using var addinHost = await StartAddinHostAsync(database.ConnectionString);
        var webhooks = new Uri(addinHost.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        using var worker = WorkerProcess.Start(DigestWorld.Settings(simulator, database.ConnectionString, "nobody@firm.example").Concat(
        [
            new("Digests:Enabled", "false"),
            new("Capture:SyncCron", "0 0 1 1 *"),
            new("Notifications:Enabled", "true"),
            // Every minute, not every five: on a loaded machine a validation handshake can miss Graph's 10 s, and the
            // next round must come within the test's patience.
            new("Notifications:Cron", "* * * * *"),
            new("Notifications:NotificationUrl", new Uri(webhooks, "api/graph/notifications").ToString()),
            new("Notifications:LifecycleUrl", new Uri(webhooks, "api/graph/lifecycle").ToString()),
            new("Logging:LogLevel:Default", "Warning"),
        ]));
        try
        {
            await WaitAsync(database, "the first syncs and the subscriptions", async db =>
                await db.MailboxSubscriptions.CountAsync(s => s.State == MailboxSubscriptionState.Active) == 9
                && await db.MailboxSyncStatuses.CountAsync(s => s.LastSucceededAt != null) == 3, worker);

            // 1. A client writes to Ada: captured long before any poll (there is none for a year).
            var clock = Stopwatch.StartNew();
            var key = await AddMessageAsync(firm.Ada.Email, "Quarterly review");
            await WaitAsync(database, "the notified message", db => db.Interactions.AnyAsync(i => i.NaturalKey == key), worker);
            output.WriteLine($"created in the simulator → interaction committed: {clock.ElapsedMilliseconds} ms");
            await using (var db = database.NewDb())
            {
                var inbox = await db.MailboxSubscriptions.SingleAsync(s => s.FirmUserId == firm.Ada.Id && s.Stream == MailboxStream.Inbox);
                Assert.True(inbox.Notifications >= 1);
                Assert.Equal(0, inbox.RejectedNotifications);
            }

            // 2. Graph cannot deliver Ben's notification and says "missed": the worker syncs the mailbox anyway.
            await simulator.AdminAsync(HttpMethod.Post, "_simulator/faults", new { kind = "notificationMissed", mailbox = firm.Ben.Email, count = 1 });
            var missedKey = await AddMessageAsync(firm.Ben.Email, "Missed, then synced");
            await WaitAsync(database, "the message whose notification was missed", db => db.Interactions.AnyAsync(i => i.NaturalKey == missedKey), worker);

            // 3. Graph removes Cy's calendar subscription: a new one is made.
            var old = await SubscriptionIdAsync(database, firm.Cy.Id, MailboxStream.Calendar);
            await simulator.AdminAsync(HttpMethod.Post, $"_simulator/subscriptions/{old}/lifecycle", new { lifecycleEvent = "subscriptionRemoved" });
            await WaitAsync(database, "the recreated subscription", async db =>
                (await db.MailboxSubscriptions.AsNoTracking().SingleAsync(s => s.FirmUserId == firm.Cy.Id && s.Stream == MailboxStream.Calendar)) is { State: MailboxSubscriptionState.Active } s
                && s.SubscriptionId != old, worker);
            var live = await simulator.AdminAsync(HttpMethod.Get, "_simulator/subscriptions");
            Assert.Equal(9, live.AsArray().Count);

            // 4. Graph asks for reauthorization of Ada's Sent Items: renewed (the expiry moves out), same subscription.
            var sent = await SubscriptionIdAsync(database, firm.Ada.Id, MailboxStream.SentItems);
            DateTimeOffset before;
            await using (var db = database.NewDb())
            {
                before = (await db.MailboxSubscriptions.SingleAsync(s => s.SubscriptionId == sent)).ExpiresAt!.Value;
            }

            await Task.Delay(50);
            await simulator.AdminAsync(HttpMethod.Post, $"_simulator/subscriptions/{sent}/lifecycle", new { lifecycleEvent = "reauthorizationRequired" });
            await WaitAsync(database, "the renewal", async db =>
                (await db.MailboxSubscriptions.AsNoTracking().SingleAsync(s => s.SubscriptionId == sent)) is { LastLifecycleEvent: "reauthorizationRequired" } s
                && s.ExpiresAt > before, worker);
        }
        finally
        {
            await worker.KillAsync();
        }
    }

    private async Task<string> AddMessageAsync(string mailbox, string subject)
    {
        var added = await simulator.AdminAsync(HttpMethod.Post, $"_simulator/mailboxes/{mailbox}/messages?folder=inbox", new
        {
            subject,
            from = new { emailAddress = new { name = "Pat Client", address = "pat@acme.example" } },
            toRecipients = new[] { new { emailAddress = new { address = mailbox } } },
            receivedDateTime = DateTimeOffset.UtcNow.ToString("O"),
        });
        return added["internetMessageId"]!.GetValue<string>();
    }

    private static async Task<string> SubscriptionIdAsync(PostgresDatabase database, Guid firmUserId, MailboxStream stream)
    {
        await using var db = database.NewDb();
        return (await db.MailboxSubscriptions.SingleAsync(s => s.FirmUserId == firmUserId && s.Stream == stream)).SubscriptionId!;
    }

    private static async Task WaitAsync(PostgresDatabase database, string what, Func<Domain.Persistence.CmsDb, Task<bool>> done, WorkerProcess worker)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var db = database.NewDb())
            {
                if (await done(db))
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline || worker.HasExited)
            {
                Assert.Fail($"waited {Patience.TotalSeconds} s for {what}; the worker said:\n{worker.Tail()}");
            }

            await Task.Delay(100);
        }
    }

    private async Task<WebApplication> StartAddinHostAsync(string connectionString)
    {
        var host = AddinHostApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Testing",
            "--Logging:LogLevel:Default", "Warning",
            "--ConnectionStrings:OutlookCms", connectionString,
            "--AzureAd:Instance", simulator.BaseAddress.ToString(),
            "--AzureAd:TenantId", OutlookCms.GraphSimulator.SimulatorOptions.DefaultTenantId,
            "--AzureAd:ClientId", "c0ffee00-0000-4000-8000-000000000002",
            "--AzureAd:Audience", HostFixture.Audience,
        ]);
        await host.StartAsync();
        return host;
    }
}
