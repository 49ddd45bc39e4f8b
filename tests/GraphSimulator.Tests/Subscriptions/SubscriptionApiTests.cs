using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Subscriptions;

/// <summary>/v1.0/subscriptions as Graph documents it: the handshake, the JSON, the limits, renewal and deletion.</summary>
public sealed class SubscriptionApiTests(SubscriptionSimulator simulator) : IClassFixture<SubscriptionSimulator>
{
    [Fact]
    public async Task Create_ValidatesBothUrls_AndAnswersASubscription()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        var tokensBefore = simulator.Webhook.ValidationTokens.Count;
        var expiry = DateTimeOffset.UtcNow.AddMinutes(4000);

        var (status, body) = await simulator.Subscribe(new
        {
            changeType = "created,updated",
            notificationUrl = simulator.Webhook.Url("notify"),
            lifecycleNotificationUrl = simulator.Webhook.Url("lifecycle"),
            resource = $"users/{rep}/mailFolders('Inbox')/messages",
            expirationDateTime = expiry.ToString("o"),
            clientState = "secretClientValue",
        });

        Assert.Equal(201, status);
        Assert.Equal(2, simulator.Webhook.ValidationTokens.Count - tokensBefore);
        Assert.All(simulator.Webhook.ValidationTokens.Skip(tokensBefore), t => Assert.StartsWith("Validation: Testing client application reachability", t, StringComparison.Ordinal));
        Assert.Equal("created,updated", body["changeType"]!.GetValue<string>());
        Assert.Equal("secretClientValue", body["clientState"]!.GetValue<string>());
        Assert.Equal($"users/{rep}/mailFolders('Inbox')/messages", body["resource"]!.GetValue<string>());
        Assert.Equal(SimulatorOptions.DefaultWorkerClientId, body["applicationId"]!.GetValue<string>());
        Assert.Equal(expiry.UtcDateTime, DateTimeOffset.Parse(body["expirationDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, TimeSpan.FromMilliseconds(1));
        foreach (var key in new[] { "id", "notificationUrl", "lifecycleNotificationUrl", "includeResourceData", "latestSupportedTlsVersion", "creatorId", "@odata.context" })
        {
            Assert.True(body.ContainsKey(key), key);
        }

        var id = body["id"]!.GetValue<string>();
        using var http = await simulator.CreateGraphHttpClient();
        var got = await http.GetFromJsonAsync<JsonObject>($"v1.0/subscriptions/{id}");
        Assert.Equal(id, got!["id"]!.GetValue<string>());
        var list = await http.GetFromJsonAsync<JsonObject>("v1.0/subscriptions");
        Assert.Contains(list!["value"]!.AsArray(), s => s!["id"]!.GetValue<string>() == id);
    }

    [Theory]
    [InlineData("wrongBody", "Response must exactly match validationToken")]
    [InlineData("status500", "must respond with 200 OK")]
    [InlineData("slow", "timed out")]
    public async Task Create_IsRefused_WhenTheHandshakeFails(string mode, string message)
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        await using var webhook = await WebhookReceiver.StartAsync();
        webhook.ValidationMode = mode;

        var (status, body) = await simulator.Subscribe(new
        {
            changeType = "created",
            notificationUrl = webhook.Url("notify"),
            resource = $"users/{rep}/messages",
            expirationDateTime = SubscriptionSimulator.In(60),
        });

        Assert.Equal(400, status);
        Assert.Equal("InvalidRequest", body["error"]!["code"]!.GetValue<string>());
        Assert.Contains(message, body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_081, false, 400)]
    [InlineData(10_070, false, 201)]
    [InlineData(1_441, true, 400)]
    [InlineData(1_430, true, 201)]
    [InlineData(-1, false, 400)]
    public async Task Expiration_IsHeldToOutlooksLimits(int minutes, bool includeResourceData, int expected)
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });

        var (status, body) = await simulator.Subscribe(new
        {
            changeType = "created",
            notificationUrl = simulator.Webhook.Url("notify"),
            resource = $"users/{rep}/events",
            expirationDateTime = SubscriptionSimulator.In(minutes),
            includeResourceData,
        });

        Assert.True(expected == status, body.ToJsonString());
        if (minutes > 0 && expected == 400)
        {
            Assert.Contains($"can only be {(includeResourceData ? 1440 : 10080)} minutes in the future", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AMailbox_HoldsAtMostTheLimit()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        for (var i = 0; i < 3; i++)
        {
            await simulator.SubscribeOk($"users/{rep}/messages", "notify");
        }

        var (status, body) = await simulator.Subscribe(new
        {
            changeType = "created",
            notificationUrl = simulator.Webhook.Url("notify"),
            resource = $"users/{rep}/messages",
            expirationDateTime = SubscriptionSimulator.In(60),
        });

        Assert.Equal(403, status);
        Assert.Contains("maximum of 3 subscriptions", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users/{rep}/contacts", "created")]
    [InlineData("me/messages", "created")]
    [InlineData("users/{rep}/messages", "moved")]
    public async Task BadResourcesAndChangeTypes_AreGraphErrors(string resource, string changeType)
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });

        var (status, body) = await simulator.Subscribe(new
        {
            changeType,
            notificationUrl = simulator.Webhook.Url("notify"),
            resource = resource.Replace("{rep}", rep, StringComparison.Ordinal),
            expirationDateTime = SubscriptionSimulator.In(60),
        });

        Assert.Equal(400, status);
        Assert.Equal("InvalidRequest", body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownUser_IsErrorInvalidUser()
    {
        var (status, body) = await simulator.Subscribe(new
        {
            changeType = "created",
            notificationUrl = simulator.Webhook.Url("notify"),
            resource = "users/nobody@firm.example/messages",
            expirationDateTime = SubscriptionSimulator.In(60),
        });

        Assert.Equal(404, status);
        Assert.Equal("ErrorInvalidUser", body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Renew_MovesTheExpiry_WithinTheLimit_AndDelete_RemovesIt()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        var id = await simulator.SubscribeOk($"users/{rep}/mailFolders('SentItems')/messages", "notify");
        using var http = await simulator.CreateGraphHttpClient();

        var later = DateTimeOffset.UtcNow.AddMinutes(10_000);
        using var renewed = await http.PatchAsJsonAsync($"v1.0/subscriptions/{id}", new { expirationDateTime = later.ToString("o") });
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var body = await renewed.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(later.UtcDateTime, DateTimeOffset.Parse(body!["expirationDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, TimeSpan.FromMilliseconds(1));

        using var tooFar = await http.PatchAsJsonAsync($"v1.0/subscriptions/{id}", new { expirationDateTime = SubscriptionSimulator.In(20_000) });
        Assert.Equal(HttpStatusCode.BadRequest, tooFar.StatusCode);

        using var reauthorized = await http.PostAsync($"v1.0/subscriptions/{id}/reauthorize", null);
        Assert.Equal(HttpStatusCode.NoContent, reauthorized.StatusCode);

        using var deleted = await http.DeleteAsync($"v1.0/subscriptions/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await http.GetAsync($"v1.0/subscriptions/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("ResourceNotFound", (await gone.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutAToken_ItIsUnauthorized()
    {
        using var http = simulator.CreateClient();
        using var response = await http.GetAsync("v1.0/subscriptions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
