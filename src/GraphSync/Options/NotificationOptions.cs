using System.ComponentModel.DataAnnotations;

namespace OutlookCms.GraphSync.Options;

/// <summary>
/// Graph change notifications (section <c>Notifications</c>): when enabled, each captured mailbox's Inbox, Sent Items
/// and calendar get a subscription whose notifications AddinHost receives and turns into an immediate sync. Off by
/// default: Graph must reach AddinHost's URLs over https from the internet.
/// </summary>
public sealed class NotificationOptions : IValidatableObject
{
    public const string Section = "Notifications";

    public bool Enabled { get; set; }

    /// <summary>AddinHost's <c>/api/graph/notifications</c>, as Graph reaches it.</summary>
    public Uri? NotificationUrl { get; set; }

    /// <summary>AddinHost's <c>/api/graph/lifecycle</c>, as Graph reaches it.</summary>
    public Uri? LifecycleUrl { get; set; }

    /// <summary>How long a subscription is asked for: Graph allows at most 10,080 minutes for mail and events.</summary>
    [Range(typeof(TimeSpan), "00:45:00", "7.00:00:00")]
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>A subscription that expires within this is renewed (the maintenance job runs every few minutes).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "6.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Schedule of the recurring job <c>maintain-subscriptions</c>.</summary>
    public string Cron { get; set; } = "*/5 * * * *";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (NotificationUrl is not { IsAbsoluteUri: true })
        {
            yield return new ValidationResult("Notifications:NotificationUrl is required (AddinHost's /api/graph/notifications as Graph reaches it) when Notifications:Enabled.", [nameof(NotificationUrl)]);
        }

        if (LifecycleUrl is not { IsAbsoluteUri: true })
        {
            yield return new ValidationResult("Notifications:LifecycleUrl is required (AddinHost's /api/graph/lifecycle as Graph reaches it) when Notifications:Enabled.", [nameof(LifecycleUrl)]);
        }

        if (RenewBefore >= SubscriptionLifetime)
        {
            yield return new ValidationResult("Notifications:RenewBefore must be shorter than Notifications:SubscriptionLifetime.", [nameof(RenewBefore)]);
        }
    }
}
