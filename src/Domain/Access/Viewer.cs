using OutlookCms.Domain.Firm;

namespace OutlookCms.Domain.Access;

/// <summary>
/// Who is looking: the firm user's id and the role from their token. Teams and reporting lines are read from the
/// database by <see cref="AccessRule"/>, so a change there takes effect at once: within the query, or, once
/// <see cref="AccessRule.WithScopeAsync"/> has read them into <see cref="Scope"/>, at the start of the request.
/// </summary>
public sealed record Viewer(Guid UserId, FirmRole Role)
{
    /// <summary>Admins and controllers see the whole client book.</summary>
    public bool SeesEverything => Role is FirmRole.Admin or FirmRole.Controller;

    /// <summary>The users whose view this viewer has and their teams, read once; null: the access rule reads them in SQL.</summary>
    public ViewerScope? Scope { get; init; }
}

/// <summary>
/// <see cref="AccessRule.UsersSeenThrough"/> and those users' teams, as lists: the rule's queries then test
/// <c>adviser_id = ANY(@users)</c> instead of carrying a subquery on firm_users and teams into every EXISTS, which
/// roughly halves PostgreSQL's planning of the pane's queries (a third for managers) for the same answer.
/// </summary>
public sealed record ViewerScope(IReadOnlyList<Guid> UserIds, IReadOnlyList<Guid> TeamIds);
