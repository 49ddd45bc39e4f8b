namespace OutlookCms.Domain.Capture;

/// <summary>Why capture decided as it did; answers "why (not) captured?".</summary>
public enum CaptureReason
{
    /// <summary>Stored as (or added to) an interaction.</summary>
    Captured,
    /// <summary>Every participant is inside the firm.</summary>
    InternalOnly,
    /// <summary>Marked private or personal (PR_SENSITIVITY, the Sensitivity header, or the event's sensitivity).</summary>
    Private,
    /// <summary>A newsletter or bulk mail (List-Unsubscribe, Precedence, Focused Inbox "other").</summary>
    Bulk,
    /// <summary>A participant is on the firm's capture blocklist.</summary>
    Blocklisted,
    Draft,
    /// <summary>No external participant matched a party (ambiguous matches are named in the detail).</summary>
    NoPartyMatched,
    /// <summary>The rep declined the meeting.</summary>
    Declined,
    /// <summary>The item could not be processed safely; see the quarantine.</summary>
    Poison,
    /// <summary>Deleted in, or moved out of, the mailbox folder after it was seen.</summary>
    Removed,
}
