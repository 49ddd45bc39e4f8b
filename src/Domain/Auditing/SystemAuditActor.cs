namespace OutlookCms.Domain.Auditing;

/// <summary>The actor for work no user started: a capture job, a rule, a migration, a seed.</summary>
public sealed record SystemAuditActor(string DisplayName, string? CorrelationId = null) : IAuditActor
{
    public Guid? UserId => null;
}
