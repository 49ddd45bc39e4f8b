using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Capture;

/// <summary>
/// The Graph change-notification subscription of one stream (Inbox, Sent Items, calendar) of one rep's mailbox, with
/// the random clientState Graph echoes in every notification (a notification that does not carry it is refused) and
/// the counts sync health shows. Delta stays the source of truth: a notification only makes the mailbox sync sooner.
/// Not audited: bookkeeping of the worker, no client data.
/// </summary>
public sealed class MailboxSubscription
{
    public const int SubscriptionIdMaxLength = 100;
    public const int ClientStateMaxLength = 128;
    public const int ResourceMaxLength = 400;
    public const int ErrorMaxLength = 2000;
    public const int EventMaxLength = 40;

    private MailboxSubscription() { }

    public MailboxSubscription(Guid firmUserId, MailboxStream stream, DateTimeOffset now)
    {
        FirmUserId = Guard.NotEmpty(firmUserId, nameof(firmUserId));
        Stream = stream;
        State = MailboxSubscriptionState.Removed;
        UpdatedAt = now.ToUniversalTime();
    }

    public Guid FirmUserId { get; private set; }

    public MailboxStream Stream { get; private set; }

    /// <summary>Graph's subscription id; null until one was created.</summary>
    public string? SubscriptionId { get; private set; }

    public string? ClientState { get; private set; }

    public string? Resource { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public MailboxSubscriptionState State { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? LastNotificationAt { get; private set; }

    /// <summary>Change notifications accepted for this subscription.</summary>
    public long Notifications { get; private set; }

    /// <summary>Notifications naming this subscription with a wrong clientState (refused).</summary>
    public long RejectedNotifications { get; private set; }

    public string? LastLifecycleEvent { get; private set; }

    public DateTimeOffset? LastLifecycleAt { get; private set; }

    /// <summary>True when a subscription should be (re)created rather than renewed.</summary>
    public bool NeedsCreating(DateTimeOffset now) => State != MailboxSubscriptionState.Active || SubscriptionId is null || ExpiresAt is null || ExpiresAt <= now;

    public void Created(string subscriptionId, string clientState, string resource, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        SubscriptionId = Guard.Required(subscriptionId, nameof(subscriptionId), SubscriptionIdMaxLength);
        ClientState = Guard.Required(clientState, nameof(clientState), ClientStateMaxLength);
        Resource = Guard.Required(resource, nameof(resource), ResourceMaxLength);
        ExpiresAt = expiresAt.ToUniversalTime();
        State = MailboxSubscriptionState.Active;
        LastError = null;
        UpdatedAt = now.ToUniversalTime();
    }

    public void Renewed(DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ExpiresAt = expiresAt.ToUniversalTime();
        State = MailboxSubscriptionState.Active;
        LastError = null;
        UpdatedAt = now.ToUniversalTime();
    }

    public void Failed(string error, DateTimeOffset now)
    {
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        State = MailboxSubscriptionState.Failed;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Graph removed it (or no longer knows it): the next round creates a new one.</summary>
    public void Removed(DateTimeOffset now)
    {
        State = MailboxSubscriptionState.Removed;
        UpdatedAt = now.ToUniversalTime();
    }

    public void Lifecycle(string lifecycleEvent, DateTimeOffset now)
    {
        LastLifecycleEvent = lifecycleEvent.Length > EventMaxLength ? lifecycleEvent[..EventMaxLength] : lifecycleEvent;
        LastLifecycleAt = now.ToUniversalTime();
    }
}
