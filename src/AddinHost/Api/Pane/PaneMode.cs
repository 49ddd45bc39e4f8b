namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>Which Outlook surface the pane sits on: reading a message, or writing one (warnings before sending).</summary>
public enum PaneMode
{
    Read,
    Compose,
}
