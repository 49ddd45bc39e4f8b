namespace OutlookCms.Domain.Capture;

/// <summary>Where a mailbox stream's Graph change-notification subscription stands.</summary>
public enum MailboxSubscriptionState
{
    /// <summary>Graph holds it and notifies; renewed before <see cref="MailboxSubscription.ExpiresAt"/>.</summary>
    Active,

    /// <summary>Creating or renewing it failed (<see cref="MailboxSubscription.LastError"/>); the next round tries again.</summary>
    Failed,

    /// <summary>Graph said subscriptionRemoved (or forgot it): to be created again.</summary>
    Removed,
}
