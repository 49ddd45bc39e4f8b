using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookCms.GraphSimulator.Tests.Support;
using DeltaGetResponse = Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaGetResponse;
using DeltaRequestBuilder = Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaRequestBuilder;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>Message delta through the real Microsoft.Graph SDK, exactly as GraphSync will call it.</summary>
public sealed class MessageDeltaTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private const string Client = "client@client.example";

    [Fact]
    public async Task InitialSync_PagesThroughEveryMessage_WithTheSdksPageIterator()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new
        {
            address = rep,
            messages = Enumerable.Range(1, 5).Select(i => Mail.Received($"Message {i}", Client, rep)).ToArray(),
        });
        var graph = simulator.CreateGraphClient();

        var (subjects, deltaLink, pages) = await InitialSync(graph, rep, "inbox", pageSize: 2);

        Assert.Equal(["Message 1", "Message 2", "Message 3", "Message 4", "Message 5"], subjects.Order());
        Assert.Equal(3, pages);
        Assert.Contains("$deltatoken=", deltaLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeltaLink_ResumesWithOnlyTheChanges_NewUpdatedRemovedAndMovedOut()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = new[] { Mail.Received("Keep", Client, rep), Mail.Received("Read me", Client, rep), Mail.Received("Delete me", Client, rep), Mail.Received("Archive me", Client, rep) } });
        var graph = simulator.CreateGraphClient();
        var (_, deltaLink, _) = await InitialSync(graph, rep, "inbox", pageSize: 10);
        var ids = await IdsBySubject(graph, rep);

        var added = await simulator.AddMessage(rep, Mail.Received("New one", Client, rep));
        await simulator.Admin(HttpMethod.Patch, $"_simulator/mailboxes/{rep}/messages/{ids["Read me"]}", new { isRead = true });
        await simulator.Admin(HttpMethod.Delete, $"_simulator/mailboxes/{rep}/messages/{ids["Delete me"]}");
        await simulator.Admin(HttpMethod.Post, $"_simulator/mailboxes/{rep}/messages/{ids["Archive me"]}/move", new { destination = "archive" });

        var next = await new DeltaRequestBuilder(deltaLink, graph.RequestAdapter).GetAsDeltaGetResponseAsync();

        var removed = next!.Value!.Where(IsRemoved).Select(m => m.Id).ToList();
        var present = next.Value!.Where(m => !IsRemoved(m)).ToDictionary(m => m.Id!);
        Assert.Equal(new[] { ids["Delete me"], ids["Archive me"] }.Order(), removed.Order());
        Assert.Equal(new[] { added, ids["Read me"] }.Order(), present.Keys.Order());
        Assert.True(present[ids["Read me"]].IsRead);
        Assert.NotNull(next.OdataDeltaLink);
        Assert.Null(next.OdataNextLink);

        var (archived, _, _) = await InitialSync(graph, rep, "archive", pageSize: 10);
        Assert.Equal(["Archive me"], archived);
    }

    [Fact]
    public async Task DeltaLink_ReturnsNothing_WhenNothingChanged()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = new[] { Mail.Received("Only", Client, rep) } });
        var graph = simulator.CreateGraphClient();
        var (_, deltaLink, _) = await InitialSync(graph, rep, "inbox", pageSize: 10);

        var next = await new DeltaRequestBuilder(deltaLink, graph.RequestAdapter).GetAsDeltaGetResponseAsync();

        Assert.Empty(next!.Value!);
        Assert.NotNull(next.OdataDeltaLink);
    }

    [Fact]
    public async Task ChangesWhilePaging_ArriveInTheNextRound_NotLost()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = Enumerable.Range(1, 4).Select(i => Mail.Received($"M{i}", Client, rep)).ToArray() });
        var graph = simulator.CreateGraphClient();
        var first = await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c => c.Headers.Add("Prefer", "odata.maxpagesize=2"));
        var seen = first!.Value!.Select(m => m.Subject!).ToList();

        // The last message of the round changes after page one: it must not vanish from this round and the next.
        var ids = await IdsBySubject(graph, rep);
        await simulator.Admin(HttpMethod.Patch, $"_simulator/mailboxes/{rep}/messages/{ids["M4"]}", new { subject = "M4 edited" });
        await simulator.AddMessage(rep, Mail.Received("M5", Client, rep));
        var link = first.OdataNextLink!;
        string? deltaLink = null;
        while (deltaLink is null)
        {
            var page = await graph.Users[rep].MailFolders["inbox"].Messages.Delta.WithUrl(link).GetAsDeltaGetResponseAsync(c => c.Headers.Add("Prefer", "odata.maxpagesize=2"));
            seen.AddRange(page!.Value!.Select(m => m.Subject!));
            (link, deltaLink) = (page.OdataNextLink!, page.OdataDeltaLink);
        }

        var nextRound = await new DeltaRequestBuilder(deltaLink, graph.RequestAdapter).GetAsDeltaGetResponseAsync();
        seen.AddRange(nextRound!.Value!.Select(m => m.Subject!));
        Assert.Contains("M4 edited", seen);
        Assert.Contains("M5", seen);
        Assert.Contains("M3", seen);
    }

    [Fact]
    public async Task ExpiredDeltaToken_Answers410SyncStateNotFound_AndAFreshRoundWorks()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = new[] { Mail.Received("One", Client, rep) } });
        var graph = simulator.CreateGraphClient();
        var (_, deltaLink, _) = await InitialSync(graph, rep, "inbox", pageSize: 10);

        await simulator.Admin(HttpMethod.Post, $"_simulator/mailboxes/{rep}/expire-delta-tokens");
        var error = await Assert.ThrowsAsync<ODataError>(() => new DeltaRequestBuilder(deltaLink, graph.RequestAdapter).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("syncStateNotFound", error.Error!.Code);
        var (again, _, _) = await InitialSync(graph, rep, "inbox", pageSize: 10);
        Assert.Equal(["One"], again);
    }

    [Fact]
    public async Task SelectAndExpand_ReadPrSensitivity_ThroughDelta()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = new[] { Mail.Received("Personal matter", Client, rep, sensitivity: "private"), Mail.Received("Business", Client, rep) } });
        var graph = simulator.CreateGraphClient();

        var page = await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c =>
        {
            c.QueryParameters.Select = ["subject", "from", "internetMessageId"];
            c.QueryParameters.Expand = ["singleValueExtendedProperties($filter=id eq 'Integer 0x36')"];
        });

        var bySubject = page!.Value!.ToDictionary(m => m.Subject!);
        Assert.Equal("2", Assert.Single(bySubject["Personal matter"].SingleValueExtendedProperties!).Value);
        Assert.Empty(bySubject["Business"].SingleValueExtendedProperties!);
        Assert.Null(bySubject["Business"].Body);
        Assert.NotNull(bySubject["Business"].InternetMessageId);
    }

    [Fact]
    public async Task SelectSensitivity_IsRejected_AsGraphHasNoSuchMessageProperty()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep, messages = new[] { Mail.Received("Any", Client, rep) } });
        var graph = simulator.CreateGraphClient();

        var error = await Assert.ThrowsAsync<ODataError>(() =>
            graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Select = ["subject", "sensitivity"]));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("sensitivity", error.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultProperties_CarryTheMessageShape_AndHeadersOnlyWhenSelected()
    {
        var rep = SimulatorFixture.NewAddress();
        var headers = new object[] { new { name = "List-Unsubscribe", value = "<mailto:unsubscribe@news.example>" }, new { name = "Precedence", value = "bulk" } };
        await simulator.LoadMailboxes(false, new { address = rep, messages = new[] { Mail.Received("Newsletter", "news@news.example", rep, headers: headers) } });
        var graph = simulator.CreateGraphClient();

        var full = (await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!.Single();
        var withHeaders = (await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c =>
            c.QueryParameters.Select = ["internetMessageHeaders"]))!.Value!.Single();

        Assert.Null(full.InternetMessageHeaders);
        Assert.False(string.IsNullOrEmpty(full.InternetMessageId));
        Assert.False(string.IsNullOrEmpty(full.ConversationId));
        Assert.Equal("news@news.example", full.From!.EmailAddress!.Address);
        Assert.Equal("news@news.example", full.Sender!.EmailAddress!.Address);
        Assert.Equal(rep, Assert.Single(full.ToRecipients!).EmailAddress!.Address);
        Assert.Equal(BodyType.Html, full.Body!.ContentType);
        Assert.Equal("Newsletter", full.BodyPreview);
        Assert.Equal(InferenceClassificationType.Focused, full.InferenceClassification);
        Assert.False(full.IsDraft);
        Assert.NotNull(full.ReceivedDateTime);
        Assert.NotNull(full.ParentFolderId);
        Assert.Equal(["<mailto:unsubscribe@news.example>"], withHeaders.InternetMessageHeaders!.Where(h => h.Name == "List-Unsubscribe").Select(h => h.Value));
    }

    [Fact]
    public async Task PreferTextBody_ConvertsHtml()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.AddMessage((await simulator.Admin(HttpMethod.Post, "_simulator/mailboxes", new { address = rep }))["address"]!.GetValue<string>(),
            new { subject = "Html", from = Mail.Recipient(Client), body = new { contentType = "html", content = "<p>Dear <b>Ada</b>,</p><p>see you</p>" } });
        var graph = simulator.CreateGraphClient();

        var message = (await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c =>
            c.Headers.Add("Prefer", "outlook.body-content-type=\"text\"")))!.Value!.Single();

        Assert.Equal(BodyType.Text, message.Body!.ContentType);
        Assert.Equal("Dear Ada,\nsee you", message.Body.Content);
    }

    [Fact]
    public async Task MessageById_ExpandsTheSensitivityProperty()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        var id = await simulator.AddMessage(rep, Mail.Received("Confidential", Client, rep, sensitivity: "confidential"));
        var graph = simulator.CreateGraphClient();

        var message = await graph.Users[rep].Messages[id].GetAsync(c => c.QueryParameters.Expand = ["singleValueExtendedProperties($filter=id eq 'Integer 0x0036')"]);

        Assert.Equal("3", Assert.Single(message!.SingleValueExtendedProperties!).Value);
        Assert.Equal("Confidential", message.Subject);
    }

    private static bool IsRemoved(Message message) => message.AdditionalData.ContainsKey("@removed");

    private static async Task<(List<string> Subjects, string DeltaLink, int Pages)> InitialSync(GraphServiceClient graph, string rep, string folder, int pageSize)
    {
        var subjects = new List<string>();
        var pages = 1;
        var first = await graph.Users[rep].MailFolders[folder].Messages.Delta.GetAsDeltaGetResponseAsync(c => c.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}"));
        var iterator = PageIterator<Message, DeltaGetResponse>.CreatePageIterator(graph, first!, message =>
        {
            subjects.Add(message.Subject!);
            return true;
        }, request =>
        {
            pages++;
            request.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
            return request;
        });
        await iterator.IterateAsync();
        return (subjects, iterator.Deltalink!, pages);
    }

    private static async Task<Dictionary<string, string>> IdsBySubject(GraphServiceClient graph, string rep)
    {
        var page = await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Select = ["subject"]);
        return page!.Value!.ToDictionary(m => m.Subject!, m => m.Id!);
    }
}
