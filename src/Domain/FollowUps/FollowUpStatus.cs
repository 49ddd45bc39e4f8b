namespace OutlookCms.Domain.FollowUps;

public enum FollowUpStatus
{
    Open,
    Snoozed,
    /// <summary>Closed by a person.</summary>
    Completed,
    /// <summary>Closed by its rule because the condition went away (the reply was sent, the note logged …).</summary>
    AutoClosed,
}
