namespace OutlookCms.AddinHost.Api;

/// <summary>The pane's actions: log a contact, follow-ups, initiatives, materials, prospects.</summary>
public static class PaneActionsApi
{
    public static void MapPaneActionsApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
