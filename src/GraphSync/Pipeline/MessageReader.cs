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

        var from = AddressNormaliser.Normalise(message.From ?? message.Sender, ParticipantRole.From);
        if (from is null)
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.MalformedAddress,
                $"Sender '{message.From?.EmailAddress?.Address ?? message.Sender?.EmailAddress?.Address ?? "(none)"}' is not an address.");
        }

        var recipientCount = (message.ToRecipients?.Count ?? 0) + (message.CcRecipients?.Count ?? 0) + (message.BccRecipients?.Count ?? 0);
        if (recipientCount > maxRecipients)
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.TooManyRecipients, $"{recipientCount} recipients (the policy allows {maxRecipients}).");
        }

        var participants = new List<Participant>(recipientCount + 1) { from };
        if (!AddressNormaliser.TryNormaliseAll(message.ToRecipients, ParticipantRole.To, participants, out var malformed) ||
            !AddressNormaliser.TryNormaliseAll(message.CcRecipients, ParticipantRole.Cc, participants, out malformed) ||
            !AddressNormaliser.TryNormaliseAll(message.BccRecipients, ParticipantRole.Bcc, participants, out malformed))
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.MalformedAddress, $"Recipient '{malformed}' is not an address.");
        }

        if (!TextCheck.IsStorable(message.Subject) || !TextCheck.IsStorable(message.BodyPreview))
        {
            return new ReadResult.Poison(id, messageId, QuarantineReason.InvalidText, "The subject or preview is not valid UTF-16 text.");
        }

        var headers = message.InternetMessageHeaders ?? [];
        return new ReadResult.Item(new SeenItem
        {
            GraphId = id,
            Channel = Channel.Email,
            NaturalKey = messageId,
            InternetMessageId = messageId,
            ConversationId = message.ConversationId,
            InReplyTo = Header(headers, "In-Reply-To") is { Length: > 0 and <= Interaction.KeyMaxLength } reply && TextCheck.IsStorable(reply) ? reply : null,
            // The sent time is the same on every copy (received times differ by mailbox), so all copies agree.
            OccurredAt = (message.SentDateTime ?? message.ReceivedDateTime ?? DateTimeOffset.UnixEpoch).ToUniversalTime(),
            Subject = TextCheck.Truncate(message.Subject, Interaction.SubjectMaxLength),
            Summary = TextCheck.Truncate(message.BodyPreview, Interaction.SummaryMaxLength),
            From = from,
            Participants = participants,
            IsDraft = message.IsDraft == true,
            IsPrivate = IsPrivate(message, headers),
            BulkSignal = BulkSignal(message, headers, otherInferenceIsBulk),
        });
    }

    private static bool IsPrivate(Message message, List<InternetMessageHeader> headers)
    {
        // 1 personal, 2 private (3 company-confidential is business mail).
        var property = message.SingleValueExtendedProperties?.FirstOrDefault(p => string.Equals(p.Id, SensitivityPropertyId, StringComparison.OrdinalIgnoreCase));
        if (property?.Value is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sensitivity) && sensitivity is 1 or 2)
        {
            return true;
        }

        return Header(headers, "Sensitivity") is { } header &&
            (header.Equals("Personal", StringComparison.OrdinalIgnoreCase) || header.Equals("Private", StringComparison.OrdinalIgnoreCase));
    }

    private static string? BulkSignal(Message message, List<InternetMessageHeader> headers, bool otherInferenceIsBulk)
    {
        if (Header(headers, "List-Unsubscribe") is not null)
        {
            return "List-Unsubscribe header";
        }

        if (Header(headers, "Precedence") is { } precedence &&
            (precedence.Equals("bulk", StringComparison.OrdinalIgnoreCase) || precedence.Equals("list", StringComparison.OrdinalIgnoreCase) || precedence.Equals("junk", StringComparison.OrdinalIgnoreCase)))
        {
            return $"Precedence: {precedence}";
        }

        return otherInferenceIsBulk && message.InferenceClassification == InferenceClassificationType.Other ? "Focused Inbox: Other" : null;
    }

    private static string? Header(List<InternetMessageHeader> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.Trim();
}
