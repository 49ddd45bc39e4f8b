using OutlookCms.Domain.Auditing;

namespace OutlookCms.AddinHost.Api.Imports;

/// <summary>The user who started background work (an import), named in its audit rows after their request has ended.</summary>
public sealed record UserAuditActor(Guid Id, string DisplayName, string? CorrelationId) : IAuditActor
{
    public Guid? UserId => Id;
}
