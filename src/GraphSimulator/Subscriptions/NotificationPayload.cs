using System.Buffers;
using System.Text;
using System.Text.Json;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Subscriptions;

/// <summary>The JSON bodies Graph POSTs to subscribers: a change notification collection and a lifecycle notification.</summary>
public static class NotificationPayload
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <c>{ "value": [ { id, subscriptionId, subscriptionExpirationDateTime, clientState, changeType, resource, tenantId,
    /// resourceData: { @odata.type, @odata.id, @odata.etag, id } } ] }</c>, the shape of Graph's documented example.
    /// </summary>
    public static string Change(Subscription subscription, MailboxChange change, string tenantId) => Write(writer =>
    {
        var (type, segment) = change.Kind == SubscriptionResource.Event ? ("#Microsoft.Graph.Event", "Events") : ("#Microsoft.Graph.Message", "Messages");
        var owner = $"{change.Mailbox.Id}@{tenantId}";
        writer.WriteStartObject();
        writer.WriteString("id", Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('='));
        writer.WriteString("subscriptionId", subscription.Id.ToString());
        writer.WriteString("subscriptionExpirationDateTime", Subscription.Format(subscription.ExpirationDateTime));
        writer.WriteString("clientState", subscription.ClientState);
        writer.WriteString("changeType", change.ChangeType);
        writer.WriteString("resource", $"users/{owner}/{segment.ToLowerInvariant()}/{change.ItemId}");
        writer.WriteString("tenantId", tenantId);
        writer.WriteStartObject("resourceData");
        writer.WriteString("@odata.type", type);
        writer.WriteString("@odata.id", $"Users/{owner}/{segment}/{change.ItemId}");
        if (change.ChangeKey is { } key)
        {
            writer.WriteString("@odata.etag", $"W/\"{key}\"");
        }

        writer.WriteString("id", change.ItemId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary><c>{ "value": [ { subscriptionId, subscriptionExpirationDateTime, tenantId, clientState, lifecycleEvent } ] }</c>.</summary>
    public static string Lifecycle(Subscription subscription, string lifecycleEvent, string tenantId) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("subscriptionId", subscription.Id.ToString());
        writer.WriteString("subscriptionExpirationDateTime", Subscription.Format(subscription.ExpirationDateTime));
        writer.WriteString("tenantId", tenantId);
        writer.WriteString("clientState", subscription.ClientState);
        writer.WriteString("lifecycleEvent", lifecycleEvent);
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> writeItem)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("value");
            writeItem(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
