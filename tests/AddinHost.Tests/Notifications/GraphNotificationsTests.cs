using System.Net;
using System.Net.Http.Json;
using System.Text;
using OutlookCms.Domain.Capture;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Notifications;

/// <summary>
/// The webhooks Graph calls: the validation handshake, clientState checked against the stored subscription, one
/// queued sync per mailbox however many notifications arrive, lifecycle events handed to the worker, 202 at once.
/// </summary>
public sealed class GraphNotificationsTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/api/graph/notifications")]
    [InlineData("/api/graph/lifecycle")]
    public async Task TheValidationHandshake_EchoesTheDecodedToken_AsPlainText(string path)
    {
        const string token = "Validation: Testing client application reachability for subscription Request-Id: 3b1e2f4a-0000-4000-8000-000000000001";
        using var client = host.Anonymous();

        using var response = await client.PostAsync($"{path}?validationToken={Uri.EscapeDataString(token)}", new StringContent("", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(token, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWrongClientState_IsCountedAndRefused_NothingIsQueued()
    {
        var (subscriptionId, _) = await SubscribeAsync(host.Users.OtherRep, MailboxStream.SentItems);
        using var client = host.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/graph/notifications", Collection(subscriptionId, "not-the-secret"));
        using var unknown = await client.PostAsJsonAsync("/api/graph/notifications", Collection(Guid.NewGuid().ToString(), "whatever"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(1, await host.Database.ScalarAsync<long>($"SELECT rejected_notifications FROM cms.mailbox_subscriptions WHERE subscription_id = '{subscriptionId}'"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>($"SELECT notifications FROM cms.mailbox_subscriptions WHERE subscription_id = '{subscriptionId}'"));
        Assert.Equal(0, await QueuedSyncsAsync(host.Users.OtherRep.Id));
        Assert.Equal(0, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM cms.mailbox_sync_requests WHERE firm_user_id = '{host.Users.OtherRep.Id}'"));
    }

    [Fact]
    public async Task ABurstForOneMailbox_QueuesOneSync_AndCountsEveryNotification()
    {
        var (inbox, inboxSecret) = await SubscribeAsync(host.Users.Rep, MailboxStream.Inbox);
        var (calendar, calendarSecret) = await SubscribeAsync(host.Users.Rep, MailboxStream.Calendar);
        using var client = host.Anonymous();

        var posts = Enumerable.Range(0, 6).Select(i => client.PostAsJsonAsync("/api/graph/notifications", i % 2 == 0 ? Collection(inbox, inboxSecret) : Collection(calendar, calendarSecret)));
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(1, await QueuedSyncsAsync(host.Users.Rep.Id));
        Assert.Equal(3, await host.Database.ScalarAsync<long>($"SELECT notifications FROM cms.mailbox_subscriptions WHERE subscription_id = '{inbox}'"));
        Assert.Equal(3, await host.Database.ScalarAsync<long>($"SELECT notifications FROM cms.mailbox_subscriptions WHERE subscription_id = '{calendar}'"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ALifecycleEvent_WithTheRightClientState_IsHandedToTheWorker()
    {
        var (subscriptionId, secret) = await SubscribeAsync(host.Users.Manager, MailboxStream.Inbox);
        using var client = host.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/graph/lifecycle", new
        {
            value = new[] { new { subscriptionId, subscriptionExpirationDateTime = DateTimeOffset.UtcNow.AddDays(1), tenantId = Guid.NewGuid(), clientState = secret, lifecycleEvent = "missed" } },
        });
        using var forged = await client.PostAsJsonAsync("/api/graph/lifecycle", new
        {
            value = new[] { new { subscriptionId, clientState = "forged", lifecycleEvent = "subscriptionRemoved" } },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, forged.StatusCode);
        var jobs = await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%LifecycleAsync%' AND arguments::text LIKE '%{host.Users.Manager.Id}%'");
        Assert.Equal(1, jobs);
        Assert.Equal(1, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM hangfire.job WHERE arguments::text LIKE '%missed%' AND arguments::text LIKE '%{host.Users.Manager.Id}%'"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"items\": []}")]
    public async Task ABodyThatIsNoNotificationCollection_IsAProblem(string body)
    {
        using var client = host.Anonymous();
        using var response = await client.PostAsync("/api/graph/notifications", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private static object Collection(string subscriptionId, string clientState) => new
    {
        value = new[]
        {
            new
            {
                subscriptionId,
                subscriptionExpirationDateTime = DateTimeOffset.UtcNow.AddDays(1),
                clientState,
                changeType = "created",
                resource = "users/x/messages/AAMk",
                tenantId = Guid.NewGuid(),
                resourceData = new Dictionary<string, string> { ["@odata.type"] = "#Microsoft.Graph.Message", ["@odata.id"] = "Users/x/Messages/AAMk", ["id"] = "AAMk" },
            },
        },
    };

    private async Task<(string Id, string ClientState)> SubscribeAsync(Domain.Firm.FirmUser user, MailboxStream stream)
    {
        var id = Guid.NewGuid().ToString();
        var secret = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        await using var db = host.Database.NewDb();
        var row = new MailboxSubscription(user.Id, stream, DateTimeOffset.UtcNow);
        row.Created(id, secret, $"users/{user.Email}/messages", DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow);
        db.MailboxSubscriptions.Add(row);
        await db.SaveChangesAsync();
        return (id, secret);
    }

    private Task<long> QueuedSyncsAsync(Guid firmUserId) => host.Database.ScalarAsync<long>(
        $"SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%INotifiedMailboxSync%' AND invocationdata::text LIKE '%SyncAsync%' AND arguments::text LIKE '%{firmUserId}%'");
}
