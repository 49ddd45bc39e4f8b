using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Auditing;

/// <summary>
/// One row of the append-only audit log: who changed what, when, and the values before and after.
/// The database refuses UPDATE, DELETE and TRUNCATE on its table.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    private AuditEntry(DateTimeOffset at, IAuditActor actor, string action, string entityType, string entityId, string? before, string? after, string? reason)
    {
        At = at.ToUniversalTime();
        ActorUserId = actor.UserId;
        ActorName = Guard.Required(actor.DisplayName, "actorName", 200);
        Action = Guard.Required(action, nameof(action), 100);
        EntityType = Guard.Required(entityType, nameof(entityType), 100);
        EntityId = Guard.Required(entityId, nameof(entityId), 400);
        Before = before;
        After = after;
        Reason = Guard.Optional(reason, nameof(reason), 2000);
        CorrelationId = Guard.Optional(actor.CorrelationId, "correlationId", 200);
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public string ActorName { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>JSON object of the values before the change (jsonb); null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>JSON object of the values after the change (jsonb); null for a deletion.</summary>
    public string? After { get; private set; }

    public string? Reason { get; private set; }

    public string? CorrelationId { get; private set; }

    /// <param name="before">A JSON object, or null.</param>
    /// <param name="after">A JSON object, or null.</param>
    public static AuditEntry Record(DateTimeOffset at, IAuditActor actor, string action, string entityType, string entityId, string? before, string? after, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEntry(at, actor, action, entityType, entityId, before, after, reason);
    }
}
