using System.Globalization;
using Microsoft.Graph.Models;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Interactions;
using Channel = OutlookCms.Domain.Interactions.Channel;
using QuarantineReason = OutlookCms.Domain.Capture.QuarantineReason;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>One entry of a message delta page to a <see cref="ReadResult"/>. Pure: no I/O, no clock.</summary>
public static class MessageReader
{
    /// <summary>PR_SENSITIVITY: a v1.0 message has no sensitivity property, so it is read as this extended property.</summary>
    public const string SensitivityPropertyId = "Integer 0x36";

    /// <summary>What the worker asks Graph for: never the body, so a huge body costs nothing and cannot poison a page.</summary>
    public static readonly string[] Select =
    [
        "internetMessageId", "conversationId", "subject", "bodyPreview", "from", "sender", "toRecipients", "ccRecipients",
        "bccRecipients", "sentDateTime", "receivedDateTime", "isDraft", "parentFolderId", "inferenceClassification",
        "internetMessageHeaders",
    ];

    public static readonly string[] Expand = [$"singleValueExtendedProperties($filter=id eq '{SensitivityPropertyId}')"];

    // Every property of an SDK model is a lookup in its Kiota backing store (collections are re-checked on each read),
    // so each one is read once here: this reader runs for every item of every page.
    public static ReadResult Read(Message message, int maxRecipients, bool otherInferenceIsBulk)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = message.Id ?? throw new InvalidOperationException("A delta entry without an id.");
        if (message.AdditionalData?.ContainsKey("@removed") == true)
        {
            return new ReadResult.Removed(id);
        }

        var messageId = message.InternetMessageId?.Trim();
        if (string.IsNullOrEmpty(messageId) || messageId.Length > Interaction.KeyMaxLength || !TextCheck.IsStorable(messageId))
        {
            return new ReadResult.Poison(id, null, QuarantineReason.Unkeyable, "The message has no usable internetMessageId.");
        }

        var sender = message.From ?? message.Sender;
        var from = AddressNormaliser.Normalise(sender, ParticipantRole.From);
        if (from is null)
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.MalformedAddress,
                $"Sender '{sender?.EmailAddress?.Address ?? "(none)"}' is not an address.");
        }

        var (to, cc, bcc) = (message.ToRecipients, message.CcRecipients, message.BccRecipients);
        var recipientCount = (to?.Count ?? 0) + (cc?.Count ?? 0) + (bcc?.Count ?? 0);
        if (recipientCount > maxRecipients)
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.TooManyRecipients, $"{recipientCount} recipients (the policy allows {maxRecipients}).");
        }

        var participants = new List<Participant>(recipientCount + 1) { from };
        if (!AddressNormaliser.TryNormaliseAll(to, ParticipantRole.To, participants, out var malformed) ||
            !AddressNormaliser.TryNormaliseAll(cc, ParticipantRole.Cc, participants, out malformed) ||
            !AddressNormaliser.TryNormaliseAll(bcc, ParticipantRole.Bcc, participants, out malformed))
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.MalformedAddress, $"Recipient '{malformed}' is not an address.");
        }

        var (subject, preview) = (message.Subject, message.BodyPreview);
        if (!TextCheck.IsStorable(subject) || !TextCheck.IsStorable(preview))
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.InvalidText, "The subject or preview is not valid UTF-16 text.");
        }

        var headers = Headers.Of(message.InternetMessageHeaders);
        return new ReadResult.Item(new SeenItem
        {
            GraphId = id,
            Channel = Channel.Email,
            NaturalKey = messageId,
            InternetMessageId = messageId,
            ConversationId = message.ConversationId,
            InReplyTo = headers.InReplyTo is { Length: > 0 and <= Interaction.KeyMaxLength } reply && TextCheck.IsStorable(reply) ? reply : null,
            // The sent time is the same on every copy (received times differ by mailbox), so all copies agree.
            OccurredAt = (message.SentDateTime ?? message.ReceivedDateTime ?? DateTimeOffset.UnixEpoch).ToUniversalTime(),
            Subject = TextCheck.Truncate(subject, Interaction.SubjectMaxLength),
            Summary = TextCheck.Truncate(preview, Interaction.SummaryMaxLength),
            From = from,
            Participants = participants,
            IsDraft = message.IsDraft == true,
            IsPrivate = IsPrivate(message, headers),
            BulkSignal = BulkSignal(message, headers, otherInferenceIsBulk),
        });
    }

    private static bool IsPrivate(Message message, Headers headers)
    {
        // 1 personal, 2 private (3 company-confidential is business mail).
        var property = message.SingleValueExtendedProperties?.FirstOrDefault(p => string.Equals(p.Id, SensitivityPropertyId, StringComparison.OrdinalIgnoreCase));
        if (property?.Value is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sensitivity) && sensitivity is 1 or 2)
        {
            return true;
        }

        return headers.Sensitivity is { } header &&
            (header.Equals("Personal", StringComparison.OrdinalIgnoreCase) || header.Equals("Private", StringComparison.OrdinalIgnoreCase));
    }

    private static string? BulkSignal(Message message, Headers headers, bool otherInferenceIsBulk)
    {
        if (headers.ListUnsubscribe is not null)
        {
            return "List-Unsubscribe header";
        }

        if (headers.Precedence is { } precedence &&
            (precedence.Equals("bulk", StringComparison.OrdinalIgnoreCase) || precedence.Equals("list", StringComparison.OrdinalIgnoreCase) || precedence.Equals("junk", StringComparison.OrdinalIgnoreCase)))
        {
            return $"Precedence: {precedence}";
        }

        return otherInferenceIsBulk && message.InferenceClassification == InferenceClassificationType.Other ? "Focused Inbox: Other" : null;
    }

    /// <summary>The headers the reader uses, found in one pass (the first of each name counts, values trimmed).</summary>
    private sealed class Headers
    {
        public string? InReplyTo { get; private set; }

        public string? Sensitivity { get; private set; }

        public string? ListUnsubscribe { get; private set; }

        public string? Precedence { get; private set; }

        private bool _inReplyTo;
        private bool _sensitivity;
        private bool _listUnsubscribe;
        private bool _precedence;

        public static Headers Of(List<InternetMessageHeader>? headers)
        {
            var found = new Headers();
            foreach (var header in headers ?? [])
            {
                var name = header.Name;
                if (string.Equals(name, "In-Reply-To", StringComparison.OrdinalIgnoreCase))
                {
                    found.InReplyTo = First(ref found._inReplyTo, found.InReplyTo, header);
                }
                else if (string.Equals(name, "Sensitivity", StringComparison.OrdinalIgnoreCase))
                {
                    found.Sensitivity = First(ref found._sensitivity, found.Sensitivity, header);
                }
                else if (string.Equals(name, "List-Unsubscribe", StringComparison.OrdinalIgnoreCase))
                {
                    found.ListUnsubscribe = First(ref found._listUnsubscribe, found.ListUnsubscribe, header);
                }
                else if (string.Equals(name, "Precedence", StringComparison.OrdinalIgnoreCase))
                {
                    found.Precedence = First(ref found._precedence, found.Precedence, header);
                }
            }

            return found;
        }

        private static string? First(ref bool seen, string? current, InternetMessageHeader header)
        {
            if (seen)
            {
                return current;
            }

            seen = true;
            return header.Value?.Trim();
        }
    }
}
