namespace OutlookCms.Domain.Auditing;

/// <summary>The actions the interceptor writes; bulk paths may add their own (e.g. "Merged", "Imported").</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
}
