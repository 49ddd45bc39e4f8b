using System.Text.Json.Nodes;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>
/// Delivers a message the way Exchange would inside one tenant: the sender's copy in Sent Items (with Bcc, no
/// headers) and one received copy in the Inbox of every recipient who has a mailbox here (no Bcc, with headers).
/// All copies share the internetMessageId and conversationId; each has its own id.
/// </summary>
public sealed class MailDelivery(MailboxDirectory directory, TimeProvider time)
{
    public sealed record Delivered(string InternetMessageId, string? SentItemId, IReadOnlyDictionary<string, string> InboxItemIds);

    /// <summary>Sends <paramref name="message"/> (Graph's sendMail body "message") from <paramref name="sender"/>, or from
    /// its <c>from</c> when there is no sending mailbox (mail arriving from outside).</summary>
    /// <param name="sentItemId">The id the sender's copy keeps: a sent draft moves to Sent Items under its own (immutable) id.</param>
    /// <param name="mime">The MIME the message was made from, if it was: every copy keeps it for <c>$value</c>.</param>
    public Delivered Deliver(JsonObject message, Mailbox? sender, bool saveToSentItems, string? sentItemId = null, byte[]? mime = null)
    {
        var recipients = new[] { "toRecipients", "ccRecipients", "bccRecipients" }
            .SelectMany(list => message[list] as JsonArray ?? [])
            .Select(GraphJson.Address)
            .ToList();
        if (recipients.Count == 0 || recipients.Any(string.IsNullOrWhiteSpace))
        {
            throw new FormatException("At least one recipient isn't valid.");
        }

        var mimeContentType = mime is null ? null : MessageMime.ContentType(mime);
        var now = time.GetUtcNow();
        var stamp = GraphJson.Instant(now);
        var from = sender is null ? message["from"]?.DeepClone() : SenderOf(sender);
        var fromAddress = GraphJson.Address(from) ?? throw new FormatException("A delivered message needs a from address.");
        var internetMessageId = GraphJson.String(message["internetMessageId"])
            ?? $"<{Guid.NewGuid():N}@{fromAddress[(fromAddress.IndexOf('@', StringComparison.Ordinal) + 1)..]}>";
        var conversationId = GraphJson.String(message["conversationId"]) ?? GraphIds.ConversationId(internetMessageId);

        JsonObject Copy(bool sentCopy)
        {
            var copy = (JsonObject)message.DeepClone();
            copy.Remove("id");
            copy.Remove("parentFolderId");
            copy["from"] = from?.DeepClone();
            copy["sender"] = from?.DeepClone();
            copy["internetMessageId"] = internetMessageId;
            copy["conversationId"] = conversationId;
            copy["sentDateTime"] = stamp;
            copy["receivedDateTime"] = stamp;
            copy["createdDateTime"] = stamp;
            copy["lastModifiedDateTime"] = stamp;
            copy["isDraft"] = false;
            copy["isRead"] = sentCopy;
            if (!sentCopy)
            {
                copy["bccRecipients"] = new JsonArray();
            }

            return copy;
        }

        string? sentId = null;
        if (sender is not null && saveToSentItems)
        {
            var folder = sender.Folder(WellKnownFolder.SentItems);
            var sentCopy = Copy(sentCopy: true);
            if (sentItemId is not null)
            {
                sentCopy["id"] = sentItemId;
            }

            var (id, json, extended) = MessageShape.Normalize(sentCopy, sender, folder, now);
            sentId = sender.PutMessage(id, folder.Id, json, extended, mime).Id;
        }

        var inboxIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in recipients.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (directory.Find(address!) is not { } mailbox || inboxIds.ContainsKey(mailbox.Address))
            {
                continue;
            }

            var inbox = mailbox.Folder(WellKnownFolder.Inbox);
            var (id, json, extended) = MessageShape.Normalize(Copy(sentCopy: false), mailbox, inbox, now, completeHeaders: true, mimeContentType);
            inboxIds[mailbox.Address] = mailbox.PutMessage(id, inbox.Id, json, extended, mime).Id;
        }

        return new Delivered(internetMessageId, sentId, inboxIds);
    }

    private static JsonObject SenderOf(Mailbox mailbox) => new()
    {
        ["emailAddress"] = new JsonObject
        {
            ["name"] = GraphJson.String(mailbox.User, "displayName") ?? mailbox.Address,
            ["address"] = mailbox.Address,
        },
    };
}
