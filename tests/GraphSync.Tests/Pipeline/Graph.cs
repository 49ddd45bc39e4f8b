using Microsoft.Graph.Models;

namespace OutlookCms.GraphSync.Tests.Pipeline;

/// <summary>Graph SDK objects as a delta page would deserialize them, for the pure steps' tests.</summary>
internal static class Graph
{
    public static Recipient Recipient(string address, string? name = null) => new() { EmailAddress = new EmailAddress { Address = address, Name = name } };

    public static Message Message(string from, string[] to, string[]? cc = null, string id = "m1", string messageId = "<m1@client.example>",
        string? sensitivity = null, (string Name, string Value)[]? headers = null, bool draft = false, InferenceClassificationType? inference = null) => new()
    {
        Id = id,
        InternetMessageId = messageId,
        Subject = "Subject",
        BodyPreview = "Preview",
        From = Recipient(from),
        ToRecipients = [.. to.Select(a => Recipient(a))],
        CcRecipients = [.. (cc ?? []).Select(a => Recipient(a))],
        SentDateTime = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
        IsDraft = draft,
        InferenceClassification = inference,
        InternetMessageHeaders = [.. (headers ?? []).Select(h => new InternetMessageHeader { Name = h.Name, Value = h.Value })],
        SingleValueExtendedProperties = sensitivity is null ? [] : [new SingleValueLegacyExtendedProperty { Id = "Integer 0x36", Value = sensitivity }],
    };
}
