namespace OutlookCms.Domain.Auditing;

/// <summary>
/// Who is making the changes being saved. Scoped: the web host implements it from the signed-in user,
/// a job from the job (see <see cref="SystemAuditActor"/>).
/// </summary>
public interface IAuditActor
{
    /// <summary>The firm user's id; null for the system (a job, an import without a user).</summary>
    Guid? UserId { get; }

    string DisplayName { get; }

    /// <summary>Ties the audit rows to a request or job run (e.g. the trace id).</summary>
    string? CorrelationId { get; }
}
