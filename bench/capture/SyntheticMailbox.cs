using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Serialization.Json;
using DeltaGetResponse = Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta.DeltaGetResponse;

namespace OutlookCms.Bench.Capture;

/// <summary>
/// Delta pages of one rep's Inbox as Graph returns them (JSON, with the selected envelope, headers and PR_SENSITIVITY),
/// deserialized by the SDK's own JSON parse nodes before timing starts: the bench measures capture, not HTTP.
/// Mix: 85 % client mail (matched), 8 % internal-only, 5 % newsletters, 2 % private.
/// </summary>
public static class SyntheticMailbox
{
    public static List<List<Message>> Pages(string repEmail, IReadOnlyList<string> clients, int messages, int pageSize, int seed)
    {
        var random = new Random(seed);
        var pages = new List<List<Message>>();
        for (var start = 0; start < messages; start += pageSize)
        {
            var json = PageJson(repEmail, clients, start, Math.Min(pageSize, messages - start), random, seed);
            var node = new JsonParseNode(JsonDocument.Parse(json).RootElement);
            pages.Add(node.GetObjectValue(DeltaGetResponse.CreateFromDiscriminatorValue)!.Value!);
        }

        return pages;
    }

    private static string PageJson(string rep, IReadOnlyList<string> clients, int start, int count, Random random, int seed)
    {
        var json = new StringBuilder(count * 1200);
        json.Append("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#Collection(message)\",\"value\":[");
        for (var i = 0; i < count; i++)
        {
            var n = start + i;
            var roll = random.Next(100);
            var client = clients[random.Next(clients.Count)];
            var (from, to, headers, sensitivity) = roll switch
            {
                < 85 => (client, rep, "", 0),
                < 93 => ($"colleague{random.Next(50)}@{SyntheticFirm.FirmDomain}", rep, "", 0),
                < 98 => ("news@markets.example", rep, "{\"name\":\"List-Unsubscribe\",\"value\":\"<mailto:u@markets.example>\"},", 0),
                _ => (client, rep, "", 2),
            };
            var sent = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(n * 37);
            if (i > 0)
            {
                json.Append(',');
            }

            var property = sensitivity > 0 ? "{\"id\":\"Integer 0x36\",\"value\":\"" + sensitivity.ToString(CultureInfo.InvariantCulture) + "\"}" : "";
            json.Append(CultureInfo.InvariantCulture, $$$"""
                {"@odata.type":"#microsoft.graph.message","id":"AAMkAD{{{seed}}}-{{{n}}}","internetMessageId":"<m{{{seed}}}.{{{n}}}@{{{Domain(from)}}}>",
                "conversationId":"conv-{{{seed}}}-{{{n / 3}}}","subject":"Quarterly numbers {{{n}}}","bodyPreview":"Hello, here are the figures we discussed for the quarter. Best regards",
                "from":{"emailAddress":{"name":"Sender {{{n}}}","address":"{{{from}}}"}},"sender":{"emailAddress":{"name":"Sender {{{n}}}","address":"{{{from}}}"}},
                "toRecipients":[{"emailAddress":{"name":"Rep","address":"{{{to}}}"}}],"ccRecipients":[],"bccRecipients":[],
                "sentDateTime":"{{{sent:yyyy-MM-ddTHH:mm:ssZ}}}","receivedDateTime":"{{{sent.AddSeconds(2):yyyy-MM-ddTHH:mm:ssZ}}}","isDraft":false,
                "parentFolderId":"AQMkInbox","inferenceClassification":"focused",
                "internetMessageHeaders":[{{{headers}}}{"name":"Message-ID","value":"<m{{{seed}}}.{{{n}}}@x>"}],
                "singleValueExtendedProperties":[{{{property}}}]}
                """);
        }

        json.Append("],\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/users/x/mailFolders/inbox/messages/delta?$skiptoken=next\"}");
        return json.ToString();
    }

    private static string Domain(string address) => address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..];
}
