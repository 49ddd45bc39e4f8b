using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Capture;

/// <summary>What happens to captured items when the mailbox changes afterwards.</summary>
public sealed class MailboxChangeTests(Simulator simulator) : IClassFixture<Simulator>
{
    private static readonly List<CapturedInteraction> Truth = GroundTruth.Load("small-firm");

    [Fact]
    public async Task MessageMovedToAnotherCapturedFolder_StaysOneInteraction()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator, settings: new Dictionary<string, string?> { ["Capture:Streams:0"] = "Archive" });
        await harness.SyncAllAsync();
        var id = await GraphIdAsync(harness, "Portfolio review");

        await simulator.AdminAsync(HttpMethod.Post, $"_simulator/mailboxes/ada@firm.example/messages/{id}/move", new { destination = "archive" });
        await harness.SyncAllAsync();

        GroundTruth.AssertMatches(Truth, await harness.InteractionsAsync());
        await using var db = harness.Database.NewDb();
        var decisions = await db.CaptureDecisions.Where(d => d.GraphItemId == id).ToListAsync();
        Assert.Equal(CaptureOutcome.RemovedFromMailbox, decisions.Single(d => d.Stream == MailboxStream.Inbox).Outcome);
        Assert.Equal(CaptureOutcome.Captured, decisions.Single(d => d.Stream == MailboxStream.Archive).Outcome);
        Assert.Single(decisions.Select(d => d.InteractionId).Distinct());
    }

    [Fact]
    public async Task MessageDeletedAfterCapture_StaysCaptured_AndTheAuditLogSaysSo()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await harness.SyncAllAsync();
        var id = await GraphIdAsync(harness, "Portfolio review");

        await simulator.AdminAsync(HttpMethod.Delete, $"_simulator/mailboxes/ada@firm.example/messages/{id}");
        await harness.SyncAllAsync();
        await harness.SyncAllAsync();

        GroundTruth.AssertMatches(Truth, await harness.InteractionsAsync());
        await using var db = harness.Database.NewDb();
        var interaction = await db.Interactions.SingleAsync(i => i.NaturalKey == "<portfolio-review@acme.example>");
        var audit = await db.AuditEntries.Where(a => a.EntityId == interaction.Id.ToString() && a.Action == "RemovedFromMailbox").ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Contains("kept", entry.Reason, StringComparison.Ordinal);
        Assert.Equal("capture", entry.ActorName);
        var decision = await db.CaptureDecisions.SingleAsync(d => d.GraphItemId == id);
        Assert.Equal(CaptureOutcome.RemovedFromMailbox, decision.Outcome);
        Assert.Equal(interaction.Id, decision.InteractionId);
    }

    [Fact]
    public async Task MeetingMovedThenCancelled_UpdatesTheSameInteraction()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        await harness.SyncAllAsync();
        var id = await GraphIdAsync(harness, "Monthly review", "uid-monthly-1|2026-11-09T09:00:00Z");

        await simulator.AdminAsync(HttpMethod.Patch, $"_simulator/mailboxes/ada@firm.example/events/{id}", new
        {
            type = "exception",
            start = new { dateTime = "2026-11-11T15:00:00", timeZone = "UTC" },
            end = new { dateTime = "2026-11-11T16:00:00", timeZone = "UTC" },
        });
        await harness.SyncAsync(harness.Firm.Ada.Id);
        var moved = Assert.Single(await harness.InteractionsAsync(), i => i.Key == "uid-monthly-1|2026-11-09T09:00:00Z");
        await simulator.AdminAsync(HttpMethod.Patch, $"_simulator/mailboxes/ada@firm.example/events/{id}", new { isCancelled = true });
        await harness.SyncAsync(harness.Firm.Ada.Id);

        Assert.Equal(new DateTimeOffset(2026, 11, 11, 15, 0, 0, TimeSpan.Zero), moved.OccurredAt);
        Assert.False(moved.IsCancelled);
        var cancelled = Assert.Single(await harness.InteractionsAsync(), i => i.Key == "uid-monthly-1|2026-11-09T09:00:00Z");
        Assert.True(cancelled.IsCancelled);
        Assert.Equal(Truth.Count, (await harness.InteractionsAsync()).Count);
        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE action = 'Updated' AND entity_type = 'Interaction'"));
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 15, 0, 0, TimeSpan.Zero),
            await harness.Database.ScalarAsync<DateTime>("SELECT max(r.occurred_at) FROM cms.interaction_reps r JOIN cms.interactions i ON i.id = r.interaction_id WHERE i.natural_key = 'uid-monthly-1|2026-11-09T09:00:00Z'"));
    }

    [Fact]
    public async Task SingleMeetingMovedAfterCapture_KeepsItsKey_AndMovesTheInteraction()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        var added = await simulator.AdminAsync(HttpMethod.Post, "_simulator/mailboxes/ada@firm.example/events", new
        {
            iCalUId = "uid-lunch",
            type = "singleInstance",
            subject = "Lunch with Pat",
            start = new { dateTime = "2026-11-12T12:00:00", timeZone = "UTC" },
            end = new { dateTime = "2026-11-12T13:00:00", timeZone = "UTC" },
            organizer = new { emailAddress = new { address = "ada@firm.example" } },
            attendees = new[] { new { type = "required", emailAddress = new { address = "pat@acme.example" } } },
        });
        await harness.SyncAsync(harness.Firm.Ada.Id);

        await simulator.AdminAsync(HttpMethod.Patch, $"_simulator/mailboxes/ada@firm.example/events/{added["id"]!.GetValue<string>()}", new
        {
            start = new { dateTime = "2026-11-13T12:30:00", timeZone = "UTC" },
            end = new { dateTime = "2026-11-13T13:30:00", timeZone = "UTC" },
        });
        await harness.SyncAsync(harness.Firm.Ada.Id);

        var lunch = Assert.Single(await harness.InteractionsAsync(), i => i.Subject == "Lunch with Pat");
        Assert.Equal("uid-lunch|2026-11-12T12:00:00Z", lunch.Key);
        Assert.Equal(new DateTimeOffset(2026, 11, 13, 12, 30, 0, TimeSpan.Zero), lunch.OccurredAt);
    }

    [Fact]
    public async Task FutureMeetingRemovedFromItsOrganizersCalendar_IsMarkedCancelled_APastOneIsNot()
    {
        await using var harness = await CaptureHarness.StartAsync(simulator);
        var added = await simulator.AdminAsync(HttpMethod.Post, "_simulator/mailboxes/ada@firm.example/events", new
        {
            iCalUId = "uid-future",
            type = "singleInstance",
            subject = "Strategy day",
            start = new { dateTime = "2027-03-01T09:00:00", timeZone = "UTC" },
            end = new { dateTime = "2027-03-01T17:00:00", timeZone = "UTC" },
            organizer = new { emailAddress = new { address = "ada@firm.example" } },
            attendees = new[] { new { type = "required", emailAddress = new { address = "pat@acme.example" } } },
        });
        await harness.SyncAllAsync();
        var past = await GraphIdAsync(harness, "Monthly review", "uid-monthly-1|2026-11-09T09:00:00Z");

        await simulator.AdminAsync(HttpMethod.Delete, $"_simulator/mailboxes/ada@firm.example/events/{added["id"]!.GetValue<string>()}");
        await simulator.AdminAsync(HttpMethod.Delete, $"_simulator/mailboxes/ada@firm.example/events/{past}");
        await harness.SyncAllAsync();

        var interactions = await harness.InteractionsAsync();
        Assert.True(Assert.Single(interactions, i => i.Subject == "Strategy day").IsCancelled);
        Assert.False(Assert.Single(interactions, i => i.Key == "uid-monthly-1|2026-11-09T09:00:00Z").IsCancelled);
        Assert.Equal(1, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE action = 'Updated' AND reason LIKE '%taken as cancelled%'"));
        Assert.Equal(2, await harness.Database.ScalarAsync<long>("SELECT count(*) FROM cms.audit_entries WHERE action = 'RemovedFromMailbox'"));
    }

    private static async Task<string> GraphIdAsync(CaptureHarness harness, string subject, string? key = null)
    {
        await using var db = harness.Database.NewDb();
        return await db.CaptureDecisions
            .Where(d => d.FirmUserId == harness.Firm.Ada.Id && d.Subject == subject && (key == null || d.InternetMessageId == key))
            .Select(d => d.GraphItemId)
            .SingleAsync();
    }
}
