using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Subscriptions;

/// <summary>
/// Change and lifecycle notifications: the shape of the docs' samples (Samples/, verbatim), which subscription hears
/// what, and the notification fault switches (delay, duplicate, out of order, drop, missed).
/// </summary>
public sealed class NotificationTests(SubscriptionSimulator simulator) : IClassFixture<SubscriptionSimulator>
{
    private WebhookReceiver Webhook => simulator.Webhook;

    [Fact]
    public async Task AMessageInTheInbox_IsNotified_InTheDocsSampleShape_ToInboxSubscribersOnly()
    {
        var sample = (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "change-notification-message-created.json")))!;
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        var inbox = await simulator.SubscribeOk($"users/{rep}/mailFolders('Inbox')/messages", $"inbox/{rep}", changeType: "created", clientState: "secretClientValue");
        await simulator.SubscribeOk($"users/{rep}/mailFolders('SentItems')/messages", $"sent/{rep}");

        var id = await simulator.AddMessage(rep, Mail.Received("Hello", "client@example.com", rep));

        var items = await Webhook.WaitFor($"inbox/{rep}", 1);
        var notification = Assert.Single(items);
        var sampleItem = sample["value"]![0]!.AsObject();
        Assert.Equal(Keys(sampleItem), Keys(notification));
        Assert.Equal(Keys(sampleItem["resourceData"]!.AsObject()), Keys(notification["resourceData"]!.AsObject()));
        Assert.Equal(inbox, notification["subscriptionId"]!.GetValue<string>());
        Assert.Equal("created", notification["changeType"]!.GetValue<string>());
        Assert.Equal("secretClientValue", notification["clientState"]!.GetValue<string>());
        Assert.Equal(SimulatorOptions.DefaultTenantId, notification["tenantId"]!.GetValue<string>());
        Assert.Equal(id, notification["resourceData"]!["id"]!.GetValue<string>());
        Assert.Equal("#Microsoft.Graph.Message", notification["resourceData"]!["@odata.type"]!.GetValue<string>());
        Assert.EndsWith($"/messages/{id}", notification["resource"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(notification["subscriptionExpirationDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Empty(Webhook.Items($"sent/{rep}"));
    }

    [Fact]
    public async Task Events_AreNotified_Created_Updated_Deleted()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        await simulator.SubscribeOk($"users/{rep}/events", $"events/{rep}");

        var added = await simulator.Admin(HttpMethod.Post, $"_simulator/mailboxes/{rep}/events", Mail.Event("Review", "2026-12-01T10:00:00", "2026-12-01T11:00:00"));
        var id = added["id"]!.GetValue<string>();
        await simulator.Admin(HttpMethod.Patch, $"_simulator/mailboxes/{rep}/events/{id}", new { subject = "Review, moved" });
        await simulator.Admin(HttpMethod.Delete, $"_simulator/mailboxes/{rep}/events/{id}");

        var items = await Webhook.WaitFor($"events/{rep}", 3);
        Assert.Equal(["created", "deleted", "updated"], items.Select(i => i["changeType"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Equal("#Microsoft.Graph.Event", i["resourceData"]!["@odata.type"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal(id, i["resourceData"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Lifecycle_Missed_HasTheDocsSampleShape_AndSubscriptionRemoved_DeletesIt()
    {
        var sample = (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "lifecycle-notification.json")))!;
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        var id = await simulator.SubscribeOk($"users/{rep}/messages", $"n/{rep}", lifecyclePath: $"life/{rep}");

        await simulator.Admin(HttpMethod.Post, $"_simulator/subscriptions/{id}/lifecycle", new { lifecycleEvent = "missed" });
        await simulator.Admin(HttpMethod.Post, $"_simulator/subscriptions/{id}/lifecycle", new { lifecycleEvent = "subscriptionRemoved" });

        var items = await Webhook.WaitFor($"life/{rep}", 2);
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(Keys(sample["value"]![0]!.AsObject()), Keys(i)));
        Assert.Equal(["missed", "subscriptionRemoved"], items.Select(i => i["lifecycleEvent"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var all = await simulator.Admin(HttpMethod.Get, "_simulator/subscriptions");
        Assert.DoesNotContain(all.AsArray(), s => s!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Duplicate_SendsTwice_Drop_SendsNothing_Missed_SendsALifecycleEventInstead()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        await simulator.SubscribeOk($"users/{rep}/mailFolders('Inbox')/messages", $"f/{rep}", changeType: "created", lifecyclePath: $"fl/{rep}");

        await Fault("notificationDuplicate", rep);
        var first = await simulator.AddMessage(rep, Mail.Received("One", "client@example.com", rep));
        await Webhook.WaitFor($"f/{rep}", 2);
        await Fault("notificationDrop", rep);
        var dropped = await simulator.AddMessage(rep, Mail.Received("Two", "client@example.com", rep));
        await Fault("notificationMissed", rep);
        var missed = await simulator.AddMessage(rep, Mail.Received("Three", "client@example.com", rep));
        var last = await simulator.AddMessage(rep, Mail.Received("Four", "client@example.com", rep));

        var items = await Webhook.WaitFor($"f/{rep}", 3);
        var lifecycle = await Webhook.WaitFor($"fl/{rep}", 1);
        Assert.Equal([first, first, last], items.Select(i => i["resourceData"]!["id"]!.GetValue<string>()));
        Assert.Equal("missed", Assert.Single(lifecycle)["lifecycleEvent"]!.GetValue<string>());
        Assert.DoesNotContain(items, i => i["resourceData"]!["id"]!.GetValue<string>() is var x && (x == dropped || x == missed));
    }

    [Fact]
    public async Task OutOfOrder_LetsALaterNotificationOvertake_AndDelay_HoldsOneBack()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        await simulator.SubscribeOk($"users/{rep}/mailFolders('Inbox')/messages", $"o/{rep}", changeType: "created");

        await Fault("notificationOutOfOrder", rep, delayMilliseconds: 1500);
        var first = await simulator.AddMessage(rep, Mail.Received("First", "client@example.com", rep));
        var second = await simulator.AddMessage(rep, Mail.Received("Second", "client@example.com", rep));

        var items = await Webhook.WaitFor($"o/{rep}", 2);
        Assert.Equal([second, first], items.Select(i => i["resourceData"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ASubscriberThatFails_IsRetried_UntilItAnswers2xx()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        await using var webhook = await WebhookReceiver.StartAsync();
        var (status, body) = await simulator.Subscribe(new
        {
            changeType = "created",
            notificationUrl = webhook.Url("r"),
            resource = $"users/{rep}/messages",
            expirationDateTime = SubscriptionSimulator.In(60),
        });
        Assert.Equal(201, status);
        var id = body["id"]!.GetValue<string>();
        webhook.NotificationStatus = 503;

        await simulator.AddMessage(rep, Mail.Received("Retry me", "client@example.com", rep));
        await webhook.WaitFor("r", 2);
        webhook.NotificationStatus = 202;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonArray log;
        do
        {
            await Task.Delay(100);
            log = (await simulator.Admin(HttpMethod.Get, "_simulator/notifications")).AsArray();
        }
        while (!log.Any(e => e!["subscriptionId"]!.GetValue<string>() == id && e["status"]!.GetValue<int>() == 202) && DateTime.UtcNow < deadline);

        var attempts = log.Where(e => e!["subscriptionId"]!.GetValue<string>() == id).ToList();
        Assert.Contains(attempts, e => e!["status"]!.GetValue<int>() == 503);
        Assert.Equal(202, attempts[^1]!["status"]!.GetValue<int>());
        Assert.True(attempts[^1]!["attempt"]!.GetValue<int>() > 1);
    }

    private Task<JsonNode> Fault(string kind, string mailbox, int? delayMilliseconds = null) =>
        simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind, mailbox, count = 1, delayMilliseconds });

    private static List<string> Keys(JsonObject o) => [.. o.Select(p => p.Key).Order(StringComparer.Ordinal)];
}
