using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;
using OutlookCms.Domain.Access;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Auth;

/// <summary>
/// The signed-in firm user behind the request: the token's <c>oid</c> matched to a <see cref="FirmUser"/>.
/// Also the actor the audit log names.
/// </summary>
// CmsDb is resolved lazily: the context itself depends on this class as its audit actor.
public sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services) : IAuditActor
{
    private FirmUser? user;
    private Viewer? viewer;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The firm user, or a 403 problem when the token's user is not (or no longer) in the firm.</summary>
    public async Task<FirmUser> GetAsync(CancellationToken cancellationToken)
    {
        if (user is not null)
        {
            return user;
        }

        var oid = Principal.GetObjectId();
        if (!Guid.TryParse(oid, out var objectId))
        {
            throw new NotAFirmUserException("The token carries no object id (oid).");
        }

        user = await services.GetRequiredService<CmsDb>().FirmUsers.AsNoTracking()
            .SingleOrDefaultAsync(u => u.EntraObjectId == objectId && u.IsActive, cancellationToken)
            ?? throw new NotAFirmUserException($"No active firm user has the object id {objectId}.");
        return user;
    }

    /// <summary>The viewer with their scope (users seen through, teams) read once for the request.</summary>
    public async Task<Viewer> ViewerAsync(CancellationToken cancellationToken)
    {
        var me = await GetAsync(cancellationToken);
        return viewer ??= await services.GetRequiredService<CmsDb>().ViewerOfAsync(me, cancellationToken);
    }

    Guid? IAuditActor.UserId => user?.Id;

    string IAuditActor.DisplayName => user?.DisplayName ?? Principal.FindFirstValue("name") ?? "anonymous";

    string? IAuditActor.CorrelationId => http.HttpContext?.TraceIdentifier;
}

public sealed class NotAFirmUserException(string message) : Exception(message);
