using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>
/// Create a draft, send it, read it back by its immutable id — the way Graph documents finding a sent message — through
/// the real SDK; and the <c>dropAfter</c> fault: the send happens, the caller only sees a dropped connection.
/// </summary>
public sealed class DraftTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private const string ImmutableId = "IdType=\"ImmutableId\"";

    [Fact]
    public async Task CreateDraft_Answers201_InDrafts_AndAcknowledgesImmutableIds()
    {
        var (service, rep) = await Mailboxes();
        var graph = simulator.CreateGraphClient();
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };

        var draft = await graph.Users[service].Messages.PostAsync(Digest(rep), c =>
        {
            c.Headers.Add("Prefer", ImmutableId);
            c.Options.Add(headers);
        });

        Assert.True(draft!.IsDraft);
        Assert.Equal(await FolderId(graph, service, "drafts"), draft.ParentFolderId);
        Assert.Equal("Your follow-ups", draft.Subject);
        Assert.Equal(service, draft.From!.EmailAddress!.Address);
        Assert.Contains(ImmutableId, string.Join(",", headers.ResponseHeaders["Preference-Applied"]), StringComparison.Ordinal);
        Assert.Empty(await Inbox(graph, rep));
    }

    [Fact]
    public async Task SendDraft_Answers202_MovesItToSentItemsUnderTheSameId_AndDeliversIt()
    {
        var (service, rep) = await Mailboxes();
        var graph = simulator.CreateGraphClient();
        var draft = await graph.Users[service].Messages.PostAsync(Digest(rep), c => c.Headers.Add("Prefer", ImmutableId));

        await graph.Users[service].Messages[draft!.Id].Send.PostAsync();

        var sent = await graph.Users[service].Messages[draft.Id].GetAsync(c => c.Headers.Add("Prefer", ImmutableId));
        Assert.False(sent!.IsDraft);
        Assert.Equal(await FolderId(graph, service, "sentitems"), sent.ParentFolderId);
        var received = Assert.Single(await Inbox(graph, rep));
        Assert.Equal(sent.InternetMessageId, received.InternetMessageId);
        Assert.Equal("Your follow-ups", received.Subject);
        Assert.Contains("<b>2</b>", received.Body!.Content, StringComparison.Ordinal);
        Assert.Empty(await graph.Users[service].MailFolders["drafts"].Messages.Delta.GetAsDeltaGetResponseAsync() is { } d ? d.Value! : []);
    }

    [Fact]
    public async Task TheAdminListing_ShowsWhereTheSentDigestIs()
    {
        var (service, rep) = await Mailboxes();
        var graph = simulator.CreateGraphClient();
        var draft = await graph.Users[service].Messages.PostAsync(Digest(rep));
        await graph.Users[service].Messages[draft!.Id].Send.PostAsync();

        var inbox = (await simulator.Admin(HttpMethod.Get, $"_simulator/mailboxes/{rep}/messages")).AsArray();
        var sent = (await simulator.Admin(HttpMethod.Get, $"_simulator/mailboxes/{service}/messages?folder=sentitems")).AsArray();
        var drafts = (await simulator.Admin(HttpMethod.Get, $"_simulator/mailboxes/{service}/messages?folder=drafts")).AsArray();

        Assert.Equal("Your follow-ups", Assert.Single(inbox)!["subject"]!.GetValue<string>());
        Assert.Equal(draft.Id, Assert.Single(sent)!["id"]!.GetValue<string>());
        Assert.Empty(drafts);
    }

    [Fact]
    public async Task SendingTwice_IsRefused_AndDeliversOnce()
    {
        var (service, rep) = await Mailboxes();
        var graph = simulator.CreateGraphClient();
        var draft = await graph.Users[service].Messages.PostAsync(Digest(rep));
        await graph.Users[service].Messages[draft!.Id].Send.PostAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[service].Messages[draft.Id].Send.PostAsync());

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidOperation", error.Error!.Code);
        Assert.Single(await Inbox(graph, rep));
    }

    [Fact]
    public async Task UnknownMessage_Is404ErrorItemNotFound_ForGetAndSend()
    {
        var (service, _) = await Mailboxes();
        var graph = simulator.CreateGraphClient();

        var get = await Assert.ThrowsAsync<ODataError>(() => graph.Users[service].Messages["AAMkADnothere"].GetAsync());
        var send = await Assert.ThrowsAsync<ODataError>(() => graph.Users[service].Messages["AAMkADnothere"].Send.PostAsync());

        Assert.Equal((404, "ErrorItemNotFound"), (get.ResponseStatusCode, get.Error!.Code));
        Assert.Equal((404, "ErrorItemNotFound"), (send.ResponseStatusCode, send.Error!.Code));
    }

    [Fact]
    public async Task CreateDraft_NeedsMailReadWrite_AndAnUnknownUserIsErrorInvalidUser()
    {
        var (service, rep) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();

        using var badJson = await http.PostAsync($"v1.0/users/{service}/messages", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        var unknown = await Assert.ThrowsAsync<ODataError>(() => simulator.CreateGraphClient().Users["nobody@firm.example"].Messages.PostAsync(Digest(rep)));

        Assert.Equal(400, (int)badJson.StatusCode);
        Assert.Contains("RequestBodyRead", await badJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((404, "ErrorInvalidUser"), (unknown.ResponseStatusCode, unknown.Error!.Code));
    }

    [Fact]
    public async Task DropAfterOnSend_SendsTheMail_ButTheCallerSeesOnlyABrokenConnection()
    {
        var (service, rep) = await Mailboxes();
        var graph = simulator.CreateGraphClient();
        var draft = await graph.Users[service].Messages.PostAsync(Digest(rep), c => c.Headers.Add("Prefer", ImmutableId));
        await simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind = "dropAfter", mailbox = service, pathContains = "/send", count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => graph.Users[service].Messages[draft!.Id].Send.PostAsync());

        // It went: the sent copy is found by the same id, and the rep has it once.
        var sent = await graph.Users[service].Messages[draft!.Id].GetAsync(c => c.Headers.Add("Prefer", ImmutableId));
        Assert.False(sent!.IsDraft);
        Assert.Single(await Inbox(graph, rep));
        var log = await simulator.Admin(HttpMethod.Get, $"_simulator/requests?mailbox={Uri.EscapeDataString(service)}");
        var dropped = Assert.Single(log.AsArray(), r => r!["fault"]?.GetValue<string>() == "dropAfter");
        Assert.Equal(0, dropped!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task DropAfterOnCreate_LeavesTheDraft_TheCallerNeverLearnsItsId()
    {
        var (service, rep) = await Mailboxes();
        var graph = simulator.CreateGraphClient();
        await simulator.Admin(HttpMethod.Post, "_simulator/faults", new { kind = "dropAfter", mailbox = service, pathContains = "/messages", count = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => graph.Users[service].Messages.PostAsync(Digest(rep)));

        var drafts = await graph.Users[service].MailFolders["drafts"].Messages.Delta.GetAsDeltaGetResponseAsync();
        Assert.Single(drafts!.Value!);
        Assert.Empty(await Inbox(graph, rep));
    }

    private async Task<(string Service, string Rep)> Mailboxes()
    {
        var (service, rep) = (SimulatorFixture.NewAddress("digests"), SimulatorFixture.NewAddress("rep"));
        await simulator.LoadMailboxes(false, new { address = service }, new { address = rep });
        return (service, rep);
    }

    private static Message Digest(string to) => new()
    {
        Subject = "Your follow-ups",
        Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>You have <b>2</b> overdue follow-ups.</p>" },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = to } }],
    };

    private static async Task<string?> FolderId(GraphServiceClient graph, string user, string wellKnown) =>
        (await graph.Users[user].MailFolders[wellKnown].GetAsync())!.Id;

    private static async Task<List<Message>> Inbox(GraphServiceClient graph, string user) =>
        (await graph.Users[user].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!;
}
