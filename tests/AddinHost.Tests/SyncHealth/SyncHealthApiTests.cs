using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookCms.Domain.Capture;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.SyncHealth;

/// <summary>
/// /api/admin/sync-health from what the worker records, and the health check: a mailbox behind, one failing, one
/// fine, one never synced; decisions counted by reason; subscriptions with their state; /health Degraded.
/// </summary>
public sealed class SyncHealthApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task TheReport_ShowsEachMailboxState_CountsAndSubscriptions_AndHealthIsDegraded()
    {
        var now = DateTimeOffset.UtcNow;
        var users = host.Users;
        // Rep: fine; OtherRep: behind (20 min); Manager: failing. Status rows are the worker's, written as it does (SQL).
        await host.Database.ExecuteAsync($"""
            INSERT INTO cms.mailbox_sync_status (firm_user_id, last_started_at, last_succeeded_at, consecutive_failures, throttled_responses)
            VALUES ('{users.Rep.Id}', '{now.AddSeconds(-30):O}', '{now.AddSeconds(-20):O}', 0, 4),
                   ('{users.OtherRep.Id}', '{now.AddMinutes(-20):O}', '{now.AddMinutes(-20):O}', 0, 0);
            INSERT INTO cms.mailbox_sync_status (firm_user_id, last_failed_at, last_error, consecutive_failures, throttled_responses)
            VALUES ('{users.Manager.Id}', '{now.AddMinutes(-1):O}', 'Sync of m failed for Inbox (boom).', 3, 1);
            """);
        await using (var db = host.Database.NewDb())
        {
            db.CaptureDecisions.AddRange(
                new CaptureDecision(users.Rep.Id, MailboxStream.Inbox, "a1", "<a1@x>", "c@client.example", "Hi", CaptureOutcome.Captured, CaptureReason.Captured, null, null, now),
                new CaptureDecision(users.Rep.Id, MailboxStream.Inbox, "a2", "<a2@x>", "news@list.example", "News", CaptureOutcome.Skipped, CaptureReason.Bulk, null, null, now),
                new CaptureDecision(users.Rep.Id, MailboxStream.Inbox, "a3", "<a3@x>", "news@list.example", "News", CaptureOutcome.Skipped, CaptureReason.Bulk, null, null, now),
                new CaptureDecision(users.Rep.Id, MailboxStream.SentItems, "a4", "<a4@x>", users.Rep.Email, "Lunch", CaptureOutcome.Skipped, CaptureReason.InternalOnly, null, null, now),
                new CaptureDecision(users.Rep.Id, MailboxStream.Inbox, "old", "<old@x>", "c@client.example", "Old", CaptureOutcome.Captured, CaptureReason.Captured, null, null, now.AddDays(-30)));
            db.QuarantinedItems.Add(new QuarantinedItem(users.Rep.Id, MailboxStream.Inbox, "q1", "<q1@x>", QuarantineReason.MalformedAddress, "bad address", now));
            var subscription = new MailboxSubscription(users.Rep.Id, MailboxStream.Inbox, now);
            subscription.Created(Guid.NewGuid().ToString(), "secret", $"users/{users.Rep.Email}/mailFolders('Inbox')/messages", now.AddDays(2), now);
            db.MailboxSubscriptions.Add(subscription);
            var failed = new MailboxSubscription(users.Rep.Id, MailboxStream.Calendar, now);
            failed.Failed("400 InvalidRequest: Subscription validation request timed out.", now);
            db.MailboxSubscriptions.Add(failed);
            await db.SaveChangesAsync();
        }

        using var admin = await host.As(users.Admin);
        var report = (await admin.GetFromJsonAsync<JsonObject>("/api/admin/sync-health"))!;

        var mailboxes = report["mailboxes"]!.AsArray().Select(m => m!.AsObject()).ToDictionary(m => m["email"]!.GetValue<string>());
        Assert.Equal("ok", mailboxes[users.Rep.Email]["status"]!.GetValue<string>());
        Assert.Equal("behind", mailboxes[users.OtherRep.Email]["status"]!.GetValue<string>());
        Assert.Equal("failing", mailboxes[users.Manager.Email]["status"]!.GetValue<string>());
        Assert.Equal("failing", report["mailboxes"]![0]!["status"]!.GetValue<string>());
        Assert.Contains("boom", mailboxes[users.Manager.Email]["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        var rep = mailboxes[users.Rep.Email];
        Assert.Equal(1, rep["captured"]!.GetValue<long>());
        Assert.Equal(2, rep["skippedByReason"]!["Bulk"]!.GetValue<long>());
        Assert.Equal(1, rep["skippedByReason"]!["InternalOnly"]!.GetValue<long>());
        Assert.Equal(1, rep["quarantined"]!.GetValue<long>());
        Assert.Equal(4, rep["throttled"]!.GetValue<long>());
        Assert.InRange(rep["lagSeconds"]!.GetValue<double>(), 19, 120);
        var subscriptions = rep["subscriptions"]!.AsArray();
        Assert.Equal(["Inbox:Active", "Calendar:Failed"], subscriptions.Select(s => $"{s!["stream"]}:{s["state"]}"));
        Assert.Contains("timed out", subscriptions[1]!["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        var totals = report["totals"]!;
        Assert.Equal(1, totals["behind"]!.GetValue<int>());
        Assert.Equal(1, totals["failing"]!.GetValue<int>());
        Assert.Equal(1, totals["subscriptionsActive"]!.GetValue<int>());
        Assert.Equal(1, totals["subscriptionsNotActive"]!.GetValue<int>());
        Assert.Equal(3, totals["skipped"]!.GetValue<long>());

        using var anonymous = host.Anonymous();
        using var health = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
    }
}
