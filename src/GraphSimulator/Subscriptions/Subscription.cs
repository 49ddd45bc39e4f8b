using System.Globalization;
using System.Text.Json;

namespace OutlookCms.GraphSimulator.Subscriptions;

/// <summary>A change-notification subscription as the simulator holds it (Graph's <c>subscription</c> resource).</summary>
public sealed class Subscription
{
    public required Guid Id { get; init; }

    public required string Resource { get; init; }

    /// <summary>The caller's client id: each app sees and manages only its own subscriptions.</summary>
    public required string ApplicationId { get; init; }

    public required IReadOnlySet<string> ChangeTypes { get; init; }

    public required string ChangeType { get; init; }

    public string? ClientState { get; init; }

    public required string NotificationUrl { get; set; }

    public string? LifecycleNotificationUrl { get; init; }

    public required DateTimeOffset ExpirationDateTime { get; set; }

    public bool IncludeResourceData { get; init; }

    public string LatestSupportedTlsVersion { get; init; } = "v1_2";

    /// <summary>The watched mailbox and what in it.</summary>
    public required Guid MailboxId { get; init; }

    public required string Kind { get; init; }

    /// <summary>The watched folder's id, or null for every message (or for events).</summary>
    public string? FolderId { get; init; }

    public bool Watches(Mailboxes.MailboxChange change, DateTimeOffset now) =>
        change.Mailbox.Id == MailboxId
        && change.Kind == Kind
        && (FolderId is null || FolderId == change.FolderId)
        && ChangeTypes.Contains(change.ChangeType)
        && ExpirationDateTime > now;

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Graph's JSON of a subscription (v1.0 properties).</summary>
    public void Write(Utf8JsonWriter writer, string? context = null)
    {
        writer.WriteStartObject();
        if (context is not null)
        {
            writer.WriteString("@odata.context", context);
        }

        writer.WriteString("id", Id.ToString());
        writer.WriteString("resource", Resource);
        writer.WriteString("applicationId", ApplicationId);
        writer.WriteString("changeType", ChangeType);
        writer.WriteString("clientState", ClientState);
        writer.WriteString("notificationUrl", NotificationUrl);
        writer.WriteNull("notificationQueryOptions");
        writer.WriteString("lifecycleNotificationUrl", LifecycleNotificationUrl);
        writer.WriteString("expirationDateTime", Format(ExpirationDateTime));
        writer.WriteString("creatorId", ApplicationId);
        writer.WriteBoolean("includeResourceData", IncludeResourceData);
        writer.WriteString("latestSupportedTlsVersion", LatestSupportedTlsVersion);
        writer.WriteNull("encryptionCertificate");
        writer.WriteNull("encryptionCertificateId");
        writer.WriteNull("notificationUrlAppId");
        writer.WriteEndObject();
    }
}
