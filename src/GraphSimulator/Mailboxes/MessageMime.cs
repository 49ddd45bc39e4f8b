using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MimeKit;
using MimeKit.Text;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>
/// A message's MIME and its Graph properties, both ways: what Graph shows for mail created from MIME (subject,
/// recipients, the HTML alternative as the body when there is one) and the MIME that <c>$value</c> answers.
/// </summary>
public static class MessageMime
{
    private static readonly FormatOptions Wire = WireFormat();

    /// <summary>The message resource properties Graph takes from MIME. The sender is not among them: like a JSON draft,
    /// the item is from the mailbox it is created in.</summary>
    public static JsonObject Properties(MimeMessage mime)
    {
        ArgumentNullException.ThrowIfNull(mime);
        var message = new JsonObject
        {
            ["subject"] = mime.Subject ?? "",
            // Exchange keeps the richest alternative as the body: HTML when the MIME has it, else the plain text.
            ["body"] = mime.HtmlBody is { } html
                ? new JsonObject { ["contentType"] = "html", ["content"] = html }
                : new JsonObject { ["contentType"] = "text", ["content"] = mime.TextBody ?? "" },
            ["toRecipients"] = Recipients(mime.To),
            ["ccRecipients"] = Recipients(mime.Cc),
            ["bccRecipients"] = Recipients(mime.Bcc),
            ["replyTo"] = Recipients(mime.ReplyTo),
            ["hasAttachments"] = mime.Attachments.Any(),
        };
        if (!string.IsNullOrEmpty(mime.MessageId))
        {
            message["internetMessageId"] = $"<{mime.MessageId}>";
        }

        if (mime.Headers.Contains(HeaderId.Importance))
        {
            message["importance"] = mime.Importance.ToString().ToLowerInvariant();
        }

        return message;
    }

    /// <summary>The top-level Content-Type of MIME bytes, as a received copy's headers show it.</summary>
    public static string ContentType(byte[] mime) => Parse(mime).Body?.ContentType is { } type
        ? string.Join("; ", [type.MimeType, .. type.Parameters.Select(p => $"{p.Name}=\"{p.Value}\"")])
        : "text/plain";

    public static MimeMessage Parse(byte[] mime)
    {
        using var stream = new MemoryStream(mime, writable: false);
        return MimeMessage.Load(stream);
    }

    /// <summary>
    /// <c>GET .../messages/{id}/$value</c>: the body as created (every MIME part of MIME-created mail, else the JSON body
    /// as one text part) under headers written from the item as it is now — from, recipients (Bcc only where the item
    /// still has them), subject, date sent, Message-ID — after a received copy's Received headers, CRLF line ends.
    /// </summary>
    public static byte[] Export(StoredMessage stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var json = stored.Json;
        var mime = stored.Mime is { } original ? Parse(original) : new MimeMessage { Body = BodyOf(json) };
        foreach (var id in new[] { HeaderId.From, HeaderId.Sender, HeaderId.To, HeaderId.Cc, HeaderId.Bcc, HeaderId.ReplyTo, HeaderId.Received })
        {
            mime.Headers.RemoveAll(id);
        }

        Fill(mime.From, json, "from");
        Fill(mime.To, json, "toRecipients");
        Fill(mime.Cc, json, "ccRecipients");
        Fill(mime.Bcc, json, "bccRecipients");
        Fill(mime.ReplyTo, json, "replyTo");
        mime.Subject = GraphJson.String(json, "subject") ?? "";
        if (GraphJson.String(json, "sentDateTime") is { } sent)
        {
            mime.Date = DateTimeOffset.Parse(sent, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        if (GraphJson.String(json, "internetMessageId") is { } messageId)
        {
            mime.Headers[HeaderId.MessageId] = messageId;
        }

        if (json.TryGetProperty("internetMessageHeaders", out var headers) && headers.ValueKind == JsonValueKind.Array)
        {
            var received = headers.EnumerateArray()
                .Where(h => string.Equals(GraphJson.String(h, "name"), "Received", StringComparison.OrdinalIgnoreCase))
                .Select(h => new Header(HeaderId.Received, GraphJson.String(h, "value") ?? ""))
                .ToList();
            for (var i = received.Count - 1; i >= 0; i--)
            {
                mime.Headers.Insert(0, received[i]);
            }
        }

        using var output = new MemoryStream();
        mime.WriteTo(Wire, output);
        return output.ToArray();
    }

    private static TextPart BodyOf(JsonElement json)
    {
        var body = json.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
        var html = body.ValueKind == JsonValueKind.Object && string.Equals(GraphJson.String(body, "contentType"), "html", StringComparison.OrdinalIgnoreCase);
        var part = new TextPart(html ? TextFormat.Html : TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, body.ValueKind == JsonValueKind.Object ? GraphJson.String(body, "content") ?? "" : "");
        return part;
    }

    private static JsonArray Recipients(InternetAddressList list) =>
    [
        .. list.Mailboxes.Select(m => (JsonNode)new JsonObject
        {
            // Exchange shows the address as the name when the MIME gives none.
            ["emailAddress"] = new JsonObject { ["name"] = string.IsNullOrEmpty(m.Name) ? m.Address : m.Name, ["address"] = m.Address },
        }),
    ];

    private static void Fill(InternetAddressList list, JsonElement json, string property)
    {
        if (!json.TryGetProperty(property, out var value))
        {
            return;
        }

        var recipients = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().ToList(),
            JsonValueKind.Object => [value],
            _ => [],
        };
        foreach (var recipient in recipients)
        {
            if (recipient.TryGetProperty("emailAddress", out var email) && GraphJson.String(email, "address") is { Length: > 0 } address)
            {
                list.Add(new MailboxAddress(GraphJson.String(email, "name") ?? "", address));
            }
        }
    }

    /// <summary>Mail travels with CRLF line ends, whatever the platform.</summary>
    private static FormatOptions WireFormat()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }
}
