namespace OutlookCms.Domain.Auditing;

/// <summary>Marks an entity whose every insert, update and delete the audit interceptor records.</summary>
public interface IAudited;
