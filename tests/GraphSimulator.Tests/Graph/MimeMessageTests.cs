using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using MimeKit;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>
/// Graph's MIME form of create message and sendMail (<c>Content-Type: text/plain</c>, base64 MIME in the body), the
/// properties Graph shows for such mail, <c>$value</c> (the MIME back, both alternatives kept), and the documented 400
/// for content that is not base64 MIME. The MIME here is written by hand, so the simulator's parser is checked against
/// text a test author can read, RFC 2047 encoded words included.
/// </summary>
public sealed class MimeMessageTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    // "Zoë’s follow-ups" and "Zoë Ångström", encoded as RFC 2047 words.
    private const string EncodedSubject = "=?utf-8?Q?Zo=C3=AB=E2=80=99s_follow-ups?=";
    private const string EncodedName = "=?utf-8?B?Wm/DqyDDhW5nc3Ryw7Zt?=";

    [Fact]
    public async Task CreateFromMime_Answers201WithTheDraft_ShowingSubjectRecipientsAndTheHtmlAlternative()
    {
        var (service, rep) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();

        using var response = await PostMime(http, $"v1.0/users/{service}/messages", Alternative(service, rep));

        Assert.Equal(201, (int)response.StatusCode);
        var draft = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(draft["isDraft"]!.GetValue<bool>());
        Assert.Equal("Zoë’s follow-ups", draft["subject"]!.GetValue<string>());
        Assert.Equal(service, draft["from"]!["emailAddress"]!["address"]!.GetValue<string>());
        var to = Assert.Single(draft["toRecipients"]!.AsArray())!["emailAddress"]!;
        Assert.Equal((rep, "Zoë Ångström"), (to["address"]!.GetValue<string>(), to["name"]!.GetValue<string>()));
        Assert.Equal("html", draft["body"]!["contentType"]!.GetValue<string>());
        Assert.Contains("<p>Call <b>Tom &amp; Jerry</b></p>", draft["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("<digest-1@firm.example>", draft["internetMessageId"]!.GetValue<string>());
        Assert.EndsWith(Uri.EscapeDataString(draft["id"]!.GetValue<string>()), response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMimeDraftSent_ReachesTheInbox_AndValueGivesBackBothAlternatives_PlainFirst()
    {
        var (service, rep) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();
        using var created = await PostMime(http, $"v1.0/users/{service}/messages", Alternative(service, rep));
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var graph = simulator.CreateGraphClient();

        await graph.Users[service].Messages[id].Send.PostAsync();

        var received = Assert.Single((await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!);
        Assert.Equal("Zoë’s follow-ups", received.Subject);
        var headers = (await graph.Users[rep].Messages[received.Id].GetAsync(c => c.QueryParameters.Select = ["internetMessageHeaders"]))!.InternetMessageHeaders!;
        Assert.StartsWith("multipart/alternative", headers.Single(h => h.Name == "Content-Type").Value, StringComparison.Ordinal);
        var mime = await Value(graph, rep, received.Id!);
        Assert.Equal("Zoë’s follow-ups", mime.Subject);
        Assert.Equal("Zoë Ångström", Assert.Single(mime.To.Mailboxes).Name);
        Assert.Equal(received.InternetMessageId, $"<{mime.MessageId}>");
        Assert.Contains(mime.Headers, h => h.Id == HeaderId.Received);
        var parts = Assert.IsType<MultipartAlternative>(mime.Body).OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Equal("Call Tom & Jerry <script>", parts[0].Text.TrimEnd());
        Assert.Contains("<p>Call <b>Tom &amp; Jerry</b></p>", parts[1].Text, StringComparison.Ordinal);
        // The sender's copy in Sent Items, found by the draft's id, keeps it too.
        var sent = await Value(graph, service, id);
        Assert.Equal(2, Assert.IsType<MultipartAlternative>(sent.Body).Count);
    }

    [Fact]
    public async Task SendMailAsMime_DeliversWithBothParts()
    {
        var (sender, rep) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();

        using var response = await PostMime(http, $"v1.0/users/{sender}/sendMail", Alternative(sender, rep));

        Assert.Equal(202, (int)response.StatusCode);
        var graph = simulator.CreateGraphClient();
        var received = Assert.Single((await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!);
        Assert.Equal(sender, received.From!.EmailAddress!.Address);
        Assert.Equal(BodyType.Html, received.Body!.ContentType);
        Assert.Equal("Call Tom & Jerry <script>", (await Value(graph, rep, received.Id!)).TextBody!.TrimEnd());
        Assert.Single((await graph.Users[sender].MailFolders["sentitems"].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!);
    }

    [Fact]
    public async Task PlainTextOnlyMime_BecomesATextBody()
    {
        var (service, rep) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();
        var mime = $"From: {service}\r\nTo: {rep}\r\nSubject: Plain\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJust text.\r\n";

        using var response = await PostMime(http, $"v1.0/users/{service}/messages", mime);

        var draft = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("text", "Just text."), (draft["body"]!["contentType"]!.GetValue<string>(), draft["body"]!["content"]!.GetValue<string>().TrimEnd()));
        // No display name in the MIME: Exchange shows the address as the name.
        Assert.Equal(rep, Assert.Single(draft["toRecipients"]!.AsArray())!["emailAddress"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("this is not base64!")]
    [InlineData("")]
    public async Task BadBase64_Is400ErrorMimeContentInvalidBase64String_AndCreatesNothing(string body)
    {
        var (service, rep) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();

        using var create = await http.PostAsync($"v1.0/users/{service}/messages", new StringContent(body, Encoding.ASCII, "text/plain"));
        using var send = await http.PostAsync($"v1.0/users/{service}/sendMail", new StringContent(body, Encoding.ASCII, "text/plain"));

        await AssertInvalidMime(create);
        await AssertInvalidMime(send);
        await AssertNothingIn(service, "drafts", rep);
    }

    [Fact]
    public async Task Base64OfSomethingThatIsNotMime_Is400ErrorMimeContentInvalidBase64String()
    {
        var (service, rep) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();

        using var create = await PostMime(http, $"v1.0/users/{service}/messages", "no headers at all, just words\r\n");

        await AssertInvalidMime(create);
        await AssertNothingIn(service, "drafts", rep);
    }

    [Fact]
    public async Task ValueOfAJsonMessage_IsItsBodyAsOnePart_UnderHeadersFromItsProperties()
    {
        var (service, rep) = await Mailboxes();
        var graph = simulator.CreateGraphClient();
        var draft = await graph.Users[service].Messages.PostAsync(new Message
        {
            Subject = "Zoë’s statement",
            Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Ready &amp; waiting</p>" },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = rep, Name = "Zoë Ångström" } }],
        });

        var mime = await Value(graph, service, draft!.Id!);

        Assert.Equal("Zoë’s statement", mime.Subject);
        Assert.Equal((service, rep), (Assert.Single(mime.From.Mailboxes).Address, Assert.Single(mime.To.Mailboxes).Address));
        Assert.Equal("Zoë Ångström", mime.To.Mailboxes.Single().Name);
        var part = Assert.IsType<TextPart>(mime.Body);
        Assert.Equal(("text/html", "<p>Ready &amp; waiting</p>"), (part.ContentType.MimeType, part.Text));
    }

    [Fact]
    public async Task ValueOfAnUnknownMessage_Is404()
    {
        var (service, _) = await Mailboxes();
        using var http = await simulator.CreateGraphHttpClient();

        using var response = await http.GetAsync($"v1.0/users/{service}/messages/AAMkADnothere/$value");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("ErrorItemNotFound", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>multipart/alternative written by hand: plain text (quoted-printable), then HTML.</summary>
    private static string Alternative(string from, string to) =>
        $"From: {from}\r\n" +
        $"To: {EncodedName} <{to}>\r\n" +
        $"Subject: {EncodedSubject}\r\n" +
        "Date: Wed, 18 Mar 2026 08:00:00 +0000\r\n" +
        "Message-ID: <digest-1@firm.example>\r\n" +
        "MIME-Version: 1.0\r\n" +
        "Content-Type: multipart/alternative; boundary=\"b1\"\r\n" +
        "\r\n" +
        "--b1\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n" +
        "Content-Transfer-Encoding: quoted-printable\r\n" +
        "\r\n" +
        "Call Tom & Jerry <script>\r\n" +
        "--b1\r\n" +
        "Content-Type: text/html; charset=utf-8\r\n" +
        "Content-Transfer-Encoding: quoted-printable\r\n" +
        "\r\n" +
        "<p>Call <b>Tom &amp; Jerry</b></p>\r\n" +
        "--b1--\r\n";

    private static Task<HttpResponseMessage> PostMime(HttpClient http, string path, string mime) =>
        http.PostAsync(path, new StringContent(Convert.ToBase64String(Encoding.UTF8.GetBytes(mime)), Encoding.ASCII, "text/plain"));

    private static async Task<MimeMessage> Value(GraphServiceClient graph, string user, string id)
    {
        await using var stream = await graph.Users[user].Messages[id].Content.GetAsync();
        return await MimeMessage.LoadAsync(stream!);
    }

    private static async Task AssertInvalidMime(HttpResponseMessage response)
    {
        Assert.Equal(400, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal(("ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content."),
            (error["code"]!.GetValue<string>(), error["message"]!.GetValue<string>()));
    }

    private async Task AssertNothingIn(string service, string folder, string rep)
    {
        var graph = simulator.CreateGraphClient();
        Assert.Empty((await graph.Users[service].MailFolders[folder].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!);
        Assert.Empty((await graph.Users[rep].MailFolders["inbox"].Messages.Delta.GetAsDeltaGetResponseAsync())!.Value!);
    }

    private async Task<(string Service, string Rep)> Mailboxes()
    {
        var (service, rep) = (SimulatorFixture.NewAddress("digests"), SimulatorFixture.NewAddress("rep"));
        await simulator.LoadMailboxes(false, new { address = service }, new { address = rep });
        return (service, rep);
    }
}
