using System.Net;
using System.Text.Json;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>A simulator whose per-mailbox request budget is tiny, to see Graph's ApplicationThrottled.</summary>
public sealed class TightMailboxLimitSimulator : SimulatorFixture
{
    protected override IEnumerable<string> Settings => ["--Simulator:MailboxRequestsPerTenMinutes=3", "--Simulator:ThrottleRetryAfterSeconds=7"];
}

public sealed class MailboxLimitTests(TightMailboxLimitSimulator simulator) : IClassFixture<TightMailboxLimitSimulator>
{
    [Fact]
    public async Task RequestsOverTheMailboxBudget_Get429ApplicationThrottled_OtherMailboxesDoNot()
    {
        var rep = SimulatorFixture.NewAddress();
        var other = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep }, new { address = other });
        using var http = await simulator.CreateGraphHttpClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await http.GetAsync($"v1.0/users/{rep}/mailFolders/inbox/messages/delta");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await http.GetAsync($"v1.0/users/{rep}/mailFolders/inbox/messages/delta");
        using var elsewhere = await http.GetAsync($"v1.0/users/{other}/mailFolders/inbox/messages/delta");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter!.Delta);
        using var body = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync());
        Assert.Equal("ApplicationThrottled", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }
}
