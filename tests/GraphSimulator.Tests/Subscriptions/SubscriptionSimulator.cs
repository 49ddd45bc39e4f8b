using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Subscriptions;

/// <summary>The simulator with short waits (a 1 s handshake limit, 100 ms retries) and 3 subscriptions per mailbox, plus a webhook.</summary>
public sealed class SubscriptionSimulator : SimulatorFixture, IAsyncLifetime
{
    public WebhookReceiver Webhook { get; private set; } = null!;

    protected override IEnumerable<string> Settings =>
    [
        "--Simulator:SubscriptionValidationTimeoutSeconds", "1",
        "--Simulator:MaxSubscriptionsPerMailbox", "3",
        "--Simulator:NotificationRetryDelayMilliseconds", "100",
    ];

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Webhook = await WebhookReceiver.StartAsync();
    }

    public new async Task DisposeAsync()
    {
        if (Webhook is not null)
        {
            await Webhook.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>POST /v1.0/subscriptions with the worker's token; the status and the body.</summary>
    public async Task<(int Status, JsonObject Body)> Subscribe(object subscription)
    {
        using var http = await CreateGraphHttpClient();
        using var response = await http.PostAsJsonAsync("v1.0/subscriptions", subscription);
        return ((int)response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public static string In(int minutes) => DateTimeOffset.UtcNow.AddMinutes(minutes).ToString("o");

    /// <summary>A subscription that must be created; its id.</summary>
    public async Task<string> SubscribeOk(string resource, string path, string changeType = "created,updated,deleted", string? lifecyclePath = null, string clientState = "s3cret")
    {
        var (status, body) = await Subscribe(new
        {
            changeType,
            notificationUrl = Webhook.Url(path),
            lifecycleNotificationUrl = lifecyclePath is null ? null : Webhook.Url(lifecyclePath),
            resource,
            expirationDateTime = In(60),
            clientState,
        });
        Assert.True(status == 201, body.ToJsonString());
        return body["id"]!.GetValue<string>();
    }
}
