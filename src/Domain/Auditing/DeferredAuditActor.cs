using Microsoft.Extensions.DependencyInjection;

namespace OutlookCms.Domain.Auditing;

/// <summary>
/// Resolves the scope's <see cref="IAuditActor"/> when an audit row is first written, not when the context is built,
/// so an actor that itself needs the context (e.g. one that looks the signed-in user up) is no circular dependency.
/// </summary>
internal sealed class DeferredAuditActor(IServiceProvider services) : IAuditActor
{
    private IAuditActor? _actor;

    private IAuditActor Actor => _actor ??= services.GetService<IAuditActor>()
        ?? throw new InvalidOperationException(
            "No IAuditActor is registered: register a scoped IAuditActor (the signed-in user, or a SystemAuditActor for jobs) beside AddCmsDb.");

    public Guid? UserId => Actor.UserId;

    public string DisplayName => Actor.DisplayName;

    public string? CorrelationId => Actor.CorrelationId;
}
