namespace OutlookCms.Domain.Interactions;

public enum InteractionSource
{
    /// <summary>Read from a rep's mailbox or calendar by the capture pipeline.</summary>
    Captured,
    /// <summary>Recorded by hand in the pane or the web app.</summary>
    Logged,
}
