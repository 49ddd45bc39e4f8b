namespace OutlookCms.GraphSync.Persistence;

/// <summary>Audit actions capture writes besides Created and Updated.</summary>
public static class CaptureAuditActions
{
    /// <summary>The item an interaction was captured from left the mailbox; the interaction stays.</summary>
    public const string RemovedFromMailbox = "RemovedFromMailbox";
}
