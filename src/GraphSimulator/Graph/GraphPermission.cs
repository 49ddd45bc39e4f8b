namespace OutlookCms.GraphSimulator.Graph;

/// <summary>Endpoint metadata: the application roles of which the caller's token must hold one.</summary>
public sealed class GraphPermission(string area, params string[] anyOf)
{
    public static readonly GraphPermission ReadMail = new("mail", "Mail.Read", "Mail.ReadWrite");
    public static readonly GraphPermission ReadCalendars = new("calendar", "Calendars.Read", "Calendars.ReadWrite");
    public static readonly GraphPermission SendMail = new("mail", "Mail.Send");
    public static readonly GraphPermission WriteMail = new("mail", "Mail.ReadWrite");
    public static readonly GraphPermission ReadUsers = new("directory", "User.Read.All", "User.ReadBasic.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All");

    public string Area { get; } = area;

    public IReadOnlyList<string> AnyOf { get; } = anyOf;

    /// <summary>Graph's 403 differs by workload: Exchange says ErrorAccessDenied, the directory Authorization_RequestDenied.</summary>
    public GraphError Denied() => Area == "directory"
        ? new GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
        : new GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
}
