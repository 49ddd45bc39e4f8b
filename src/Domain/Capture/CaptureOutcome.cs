namespace OutlookCms.Domain.Capture;

/// <summary>What capture did with one item it saw in a mailbox.</summary>
public enum CaptureOutcome
{
    Captured,
    Skipped,
    Quarantined,
    /// <summary>The item left the mailbox (deleted or moved out); anything captured from it is kept.</summary>
    RemovedFromMailbox,
}
