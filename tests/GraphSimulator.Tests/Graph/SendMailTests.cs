using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.SendMail;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>sendMail delivers like Exchange: Sent Items for the sender, the Inbox of every internal recipient.</summary>
public sealed class SendMailTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task SendMail_LandsInSentItems_AndInEveryInternalRecipientsInbox()
    {
        var (sender, colleague, blindCopied) = (SimulatorFixture.NewAddress("ada"), SimulatorFixture.NewAddress("bob"), SimulatorFixture.NewAddress("cy"));
        await simulator.LoadMailboxes(false, new { address = sender }, new { address = colleague }, new { address = blindCopied });
        var graph = simulator.CreateGraphClient();

        await graph.Users[sender].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = "Overdue follow-ups",
                Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>You have 2 overdue follow-ups.</p>" },
                ToRecipients = [Recipient(colleague), Recipient("client@client.example")],
                BccRecipients = [Recipient(blindCopied)],
            },
            SaveToSentItems = true,
        });

        var sent = await Single(graph, sender, "sentitems");
        var received = await Single(graph, colleague, "inbox");
        var blind = await Single(graph, blindCopied, "inbox");
        Assert.Equal("Overdue follow-ups", sent.Subject);
        Assert.Equal(sent.InternetMessageId, received.InternetMessageId);
        Assert.Equal(sent.InternetMessageId, blind.InternetMessageId);
        Assert.Equal(sent.ConversationId, received.ConversationId);
        Assert.NotEqual(sent.Id, received.Id);
        Assert.Equal(sender, received.From!.EmailAddress!.Address);
        Assert.Null(sent.InternetMessageHeaders);
        Assert.Contains(received.InternetMessageHeaders!, h => h.Name == "Message-ID" && h.Value == sent.InternetMessageId);
        Assert.Equal(blindCopied, Assert.Single(sent.BccRecipients!).EmailAddress!.Address);
        Assert.Empty(received.BccRecipients!);
        Assert.True(sent.IsRead);
        Assert.False(received.IsRead);
    }

    [Fact]
    public async Task SendMail_WithoutRecipients_IsRefused()
    {
        var sender = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = sender });
        var graph = simulator.CreateGraphClient();

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users[sender].SendMail.PostAsync(new SendMailPostRequestBody
        {
            Message = new Message { Subject = "Nobody", ToRecipients = [] },
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidRecipients", error.Error!.Code);
    }

    [Fact]
    public async Task DeliverFromOutside_ReachesEachInternalRecipient_WithItsHeaders()
    {
        var (a, b) = (SimulatorFixture.NewAddress("ada"), SimulatorFixture.NewAddress("bob"));
        await simulator.LoadMailboxes(false, new { address = a }, new { address = b });
        await simulator.Admin(HttpMethod.Post, "_simulator/deliver", new
        {
            subject = "Quarterly statement",
            from = Mail.Recipient("client@client.example"),
            toRecipients = new[] { Mail.Recipient(a) },
            ccRecipients = new[] { Mail.Recipient(b) },
            internetMessageHeaders = new[] { new { name = "In-Reply-To", value = "<earlier@firm.example>" } },
        });
        var graph = simulator.CreateGraphClient();

        var first = await Single(graph, a, "inbox");
        var second = await Single(graph, b, "inbox");

        Assert.Equal(first.InternetMessageId, second.InternetMessageId);
        Assert.Contains(first.InternetMessageHeaders!, h => h.Name == "In-Reply-To" && h.Value == "<earlier@firm.example>");
        Assert.Contains(second.InternetMessageHeaders!, h => h.Name == "From");
    }

    private static Recipient Recipient(string address) => new() { EmailAddress = new EmailAddress { Address = address } };

    private static async Task<Message> Single(GraphServiceClient graph, string mailbox, string folder)
    {
        var page = await graph.Users[mailbox].MailFolders[folder].Messages.Delta.GetAsDeltaGetResponseAsync(c =>
            c.QueryParameters.Select = ["subject", "from", "internetMessageId", "conversationId", "internetMessageHeaders", "bccRecipients", "isRead"]);
        return Assert.Single(page!.Value!);
    }
}
