using System.Net;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>Faults switched on per test and per mailbox, met by the real SDK's retry handler.</summary>
public sealed class FaultTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Throttle429_IsRetriedByTheSdk_AfterRetryAfter()
    {
        var rep = await NewMailbox();
        await simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind = "throttle", mailbox = rep, count = 1, retryAfterSeconds = 1 });
        var graph = simulator.CreateGraphClient();

        var page = await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync();

        Assert.Single(page!.Value!);
        var log = await Requests(rep);
        Assert.Equal([429, 200], log.Select(r => r.Status));
        Assert.True(log[1].At - log[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {log[1].At - log[0].At}");
    }

    [Fact]
    public async Task Unavailable503_AndGatewayTimeout504_AreRetried()
    {
        var rep = await NewMailbox();
        await simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind = "unavailable", mailbox = rep, count = 1, retryAfterSeconds = 1 });
        await simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind = "gatewayTimeout", mailbox = rep, count = 1 });
        var graph = simulator.CreateGraphClient();

        var page = await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c =>
            c.Options.Add(new RetryHandlerOption { Delay = 1, MaxRetry = 3 }));

        Assert.Single(page!.Value!);
        Assert.Equal([503, 504, 200], (await Requests(rep)).Select(r => r.Status));
    }

    [Fact]
    public async Task DroppedConnection_FailsTheCall_AndTheNextCallSucceeds()
    {
        var rep = await NewMailbox();
        await simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind = "drop", mailbox = rep, pathContains = "messages/delta", count = 1 });
        var graph = simulator.CreateGraphClient();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync());
        var page = await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync();

        Assert.Single(page!.Value!);
        var log = await Requests(rep);
        Assert.Equal("drop", log[0].Fault);
        Assert.Equal(0, log[0].Status);
    }

    [Fact]
    public async Task Faults_HitOnlyTheirMailbox()
    {
        var rep = await NewMailbox();
        var other = await NewMailbox();
        await simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind = "serverError", mailbox = other });
        using var http = await simulator.CreateGraphHttpClient();

        using var ok = await http.GetAsync($"v1.0/users/{rep}/mailFolders/inbox/messages/delta");
        using var failed = await http.GetAsync($"v1.0/users/{other}/mailFolders/inbox/messages/delta");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("\"generalException\"", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> NewMailbox()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = new[] { Mail.Received("Hello", "client@client.example", rep) } });
        return rep;
    }

    private async Task<List<LoggedRequest>> Requests(string mailbox)
    {
        var log = await simulator.Admin(HttpMethod.Get, $"_simulator/requests?mailbox={Uri.EscapeDataString(mailbox)}");
        return [.. log.AsArray().Select(r => new LoggedRequest(r!["status"]!.GetValue<int>(), r["at"]!.GetValue<DateTimeOffset>(), r["fault"]?.GetValue<string>()))];
    }

    private sealed record LoggedRequest(int Status, DateTimeOffset At, string? Fault);
}
