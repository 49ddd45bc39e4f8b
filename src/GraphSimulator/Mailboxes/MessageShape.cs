using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>
/// Turns message JSON from a scenario, an admin call or sendMail into what Graph holds for it: every property of the
/// v1.0 message resource, filled in where missing. Graph's quirks are kept: a message has no <c>sensitivity</c>
/// (a given one becomes PR_SENSITIVITY, extended property <c>Integer 0x36</c>), and only received copies carry
/// <c>internetMessageHeaders</c>.
/// </summary>
public static class MessageShape
{
    public const string SensitivityPropertyId = "Integer 0x36";

    /// <summary>The structural properties of v1.0 <c>message</c> (no sensitivity).</summary>
    public static readonly FrozenSet<string> Properties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime",
        "hasAttachments", "internetMessageId", "subject", "bodyPreview", "importance", "parentFolderId", "conversationId",
        "conversationIndex", "isDeliveryReceiptRequested", "isReadReceiptRequested", "isRead", "isDraft", "webLink",
        "inferenceClassification", "body", "uniqueBody", "sender", "from", "toRecipients", "ccRecipients", "bccRecipients",
        "replyTo", "flag", "internetMessageHeaders");

    /// <summary>Returned only when named in <c>$select</c>.</summary>
    public static readonly FrozenSet<string> SelectOnly = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "internetMessageHeaders", "uniqueBody");

    public static readonly FrozenSet<string> Navigation = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "singleValueExtendedProperties", "multiValueExtendedProperties", "attachments", "extensions");

    /// <summary>The folder a message belongs in: its <c>parentFolderId</c> (a well-known name or a folder id), else inferred.</summary>
    public static MailFolder FolderOf(JsonObject message, Mailbox mailbox, string? folderHint)
    {
        var named = folderHint ?? GraphJson.String(message["parentFolderId"]);
        if (named is not null)
        {
            return mailbox.FindFolder(named) ?? throw new FormatException($"Mailbox {mailbox.Address} has no folder '{named}'.");
        }

        if (message["isDraft"] is JsonValue draft && draft.TryGetValue<bool>(out var isDraft) && isDraft)
        {
            return mailbox.Folder(WellKnownFolder.Drafts);
        }

        var from = GraphJson.Address(message["from"]) ?? GraphJson.Address(message["sender"]);
        return string.Equals(from, mailbox.Address, StringComparison.OrdinalIgnoreCase)
            ? mailbox.Folder(WellKnownFolder.SentItems)
            : mailbox.Folder(WellKnownFolder.Inbox);
    }

    /// <param name="completeHeaders">Transport headers are added in front of given ones (delivery), instead of
    /// given headers being taken as the whole set (a scenario file).</param>
    /// <param name="mimeContentType">The Content-Type of the MIME the message was made from (e.g. multipart/alternative),
    /// for its headers; without it the body's type is shown.</param>
    public static (string Id, JsonElement Json, IReadOnlyList<ExtendedProperty> ExtendedProperties) Normalize(
        JsonObject input, Mailbox mailbox, MailFolder folder, DateTimeOffset now, bool completeHeaders = false, string? mimeContentType = null)
    {
        var message = (JsonObject)input.DeepClone();
        foreach (var key in message.Select(p => p.Key).Where(k => k.StartsWith('@')).ToList())
        {
            message.Remove(key);
        }

        var extended = TakeExtendedProperties(message);
        var id = GraphJson.String(message["id"]) is { Length: > 0 } given ? given : GraphIds.NewItemId();
        var received = Instant(message["receivedDateTime"]) ?? Instant(message["sentDateTime"]) ?? now;
        var ownMail = WellKnownFolder.HoldsOwnMail(folder.WellKnownName);

        message["id"] = id;
        message["parentFolderId"] = folder.Id;
        message["createdDateTime"] ??= GraphJson.Instant(received);
        message["lastModifiedDateTime"] ??= GraphJson.Instant(received);
        message["changeKey"] ??= GraphIds.NewChangeKey();
        message["categories"] ??= new JsonArray();
        message["receivedDateTime"] ??= GraphJson.Instant(received);
        message["sentDateTime"] ??= GraphJson.Instant(received);
        message["hasAttachments"] ??= false;
        message["internetMessageId"] ??= $"<{Guid.NewGuid():N}@{Domain(GraphJson.Address(message["from"]) ?? mailbox.Address)}>";
        message["subject"] ??= "";
        message["body"] ??= new JsonObject { ["contentType"] = "text", ["content"] = "" };
        message["bodyPreview"] ??= GraphJson.Preview(message["body"]);
        message["importance"] ??= "normal";
        message["conversationId"] ??= GraphIds.ConversationId(GraphJson.String(message["internetMessageId"])!);
        message["isDeliveryReceiptRequested"] ??= false;
        message["isReadReceiptRequested"] ??= false;
        message["isRead"] ??= ownMail;
        message["isDraft"] ??= folder.WellKnownName == WellKnownFolder.Drafts;
        message["webLink"] ??= $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(id)}&exvsurl=1&viewmodel=ReadMessageItem";
        message["inferenceClassification"] ??= "focused";
        message["from"] ??= ownMail ? Recipient(mailbox) : null;
        message["sender"] ??= message["from"]?.DeepClone();
        message["toRecipients"] ??= new JsonArray();
        message["ccRecipients"] ??= new JsonArray();
        message["bccRecipients"] ??= new JsonArray();
        message["replyTo"] ??= new JsonArray();
        message["flag"] ??= new JsonObject { ["flagStatus"] = "notFlagged" };

        if (ownMail)
        {
            message.Remove("internetMessageHeaders");
        }
        else if (message["internetMessageHeaders"] is not JsonArray || completeHeaders)
        {
            var headers = SynthesizedHeaders(message, extended, mimeContentType);
            var names = headers.Select(h => GraphJson.String(h?["name"])).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var header in (message["internetMessageHeaders"] as JsonArray ?? []).Where(h => !names.Contains(GraphJson.String(h?["name"]))))
            {
                headers.Add(header!.DeepClone());
            }

            message["internetMessageHeaders"] = headers;
        }

        return (id, GraphJson.ToElement(message), extended);
    }

    /// <summary>A copy of the JSON in another folder: new parentFolderId and changeKey, as a move does.</summary>
    public static JsonElement Retarget(JsonElement json, MailFolder folder, DateTimeOffset now)
    {
        var message = GraphJson.ToObject(json);
        message["parentFolderId"] = folder.Id;
        return Touched(message, now);
    }

    /// <summary>Top-level properties of <paramref name="patch"/> replace the message's (id and folder stay).</summary>
    public static (JsonElement Json, IReadOnlyList<ExtendedProperty> ExtendedProperties) Patch(
        StoredMessage current, JsonObject patch, DateTimeOffset now)
    {
        var message = GraphJson.ToObject(current.Json);
        var changes = (JsonObject)patch.DeepClone();
        var extended = current.ExtendedProperties.ToList();
        foreach (var property in TakeExtendedProperties(changes))
        {
            extended.RemoveAll(p => SameProperty(p.Id, property.Id));
            extended.Add(property);
        }

        foreach (var (key, value) in changes.ToList())
        {
            if (key is "id" or "parentFolderId" || key.StartsWith('@'))
            {
                continue;
            }

            changes.Remove(key);
            message[key] = value;
        }

        return (Touched(message, now), extended);
    }

    public static bool SameProperty(string a, string b)
    {
        static (string Type, string Tag) Split(string id)
        {
            var parts = id.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[1].StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(parts[1][2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var tag))
            {
                return (parts[0].ToUpperInvariant(), tag.ToString(CultureInfo.InvariantCulture));
            }

            return (id.Trim().ToUpperInvariant(), "");
        }

        return Split(a) == Split(b);
    }

    private static JsonElement Touched(JsonObject message, DateTimeOffset now)
    {
        message["changeKey"] = GraphIds.NewChangeKey();
        message["lastModifiedDateTime"] = GraphJson.Instant(now);
        return GraphJson.ToElement(message);
    }

    /// <summary>Moves <c>singleValueExtendedProperties</c> and a (non-Graph) <c>sensitivity</c> out of the JSON.</summary>
    private static List<ExtendedProperty> TakeExtendedProperties(JsonObject message)
    {
        var properties = new List<ExtendedProperty>();
        if (message["singleValueExtendedProperties"] is JsonArray given)
        {
            foreach (var item in given)
            {
                if (GraphJson.String(item?["id"]) is { } id)
                {
                    properties.Add(new ExtendedProperty(id, item?["value"]?.ToString() ?? ""));
                }
            }
        }

        message.Remove("singleValueExtendedProperties");
        if (GraphJson.String(message["sensitivity"]) is { } sensitivity)
        {
            if (!properties.Any(p => SameProperty(p.Id, SensitivityPropertyId)))
            {
                properties.Add(new ExtendedProperty(SensitivityPropertyId, SensitivityValue(sensitivity)));
            }
        }

        message.Remove("sensitivity");
        return properties;
    }

    private static string SensitivityValue(string name) => name.ToUpperInvariant() switch
    {
        "PERSONAL" => "1",
        "PRIVATE" => "2",
        "CONFIDENTIAL" => "3",
        _ => "0",
    };

    private static string? SensitivityHeader(IReadOnlyList<ExtendedProperty> properties) =>
        properties.FirstOrDefault(p => SameProperty(p.Id, SensitivityPropertyId))?.Value switch
        {
            "1" => "Personal",
            "2" => "Private",
            "3" => "Company-Confidential",
            _ => null,
        };

    /// <summary>The headers any received mail has, when the scenario gives none.</summary>
    private static JsonArray SynthesizedHeaders(JsonObject message, IReadOnlyList<ExtendedProperty> extended, string? mimeContentType)
    {
        var headers = new JsonArray();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                headers.Add(new JsonObject { ["name"] = name, ["value"] = value });
            }
        }

        var sent = Instant(message["sentDateTime"]) ?? DateTimeOffset.UnixEpoch;
        Add("Received", $"from simulator.local by simulator.local; {sent.ToString("r", CultureInfo.InvariantCulture)}");
        Add("From", Mailbox(message["from"]));
        Add("To", string.Join(", ", (message["toRecipients"] as JsonArray ?? []).Select(Mailbox)));
        Add("Cc", string.Join(", ", (message["ccRecipients"] as JsonArray ?? []).Select(Mailbox)));
        Add("Subject", GraphJson.String(message["subject"]));
        Add("Date", sent.ToString("r", CultureInfo.InvariantCulture).Replace("GMT", "+0000", StringComparison.Ordinal));
        Add("Message-ID", GraphJson.String(message["internetMessageId"]));
        Add("Sensitivity", SensitivityHeader(extended));
        Add("MIME-Version", "1.0");
        var html = string.Equals(GraphJson.String(message["body"]?["contentType"]), "html", StringComparison.OrdinalIgnoreCase);
        Add("Content-Type", mimeContentType ?? (html ? "text/html; charset=\"utf-8\"" : "text/plain; charset=\"utf-8\""));
        return headers;
    }

    private static string Mailbox(JsonNode? recipient)
    {
        var address = GraphJson.Address(recipient);
        var name = GraphJson.Name(recipient);
        return address is null ? "" : string.IsNullOrEmpty(name) ? address : $"\"{name}\" <{address}>";
    }

    private static JsonObject Recipient(Mailbox mailbox) => new()
    {
        ["emailAddress"] = new JsonObject
        {
            ["name"] = GraphJson.String(mailbox.User, "displayName") ?? mailbox.Address,
            ["address"] = mailbox.Address,
        },
    };

    private static string Domain(string address) => address.Contains('@', StringComparison.Ordinal) ? address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..] : "simulator.local";

    private static DateTimeOffset? Instant(JsonNode? node) =>
        GraphJson.String(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : null;
}
