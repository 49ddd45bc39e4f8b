using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.Access;

/// <summary>
/// The one place that says who sees what (every list, search and pane query starts from here).
/// <list type="bullet">
/// <item>Admins and controllers see everything.</item>
/// <item>A rep sees every party that is not restricted, and a restricted one when they are an active designated
/// adviser of it (directly or through its household) or it is shared with them or their team. A person in a
/// restricted household is restricted too.</item>
/// <item>A manager sees what any member of the teams they manage, or any direct report, sees.</item>
/// <item>Interactions, follow-ups and outcomes follow their parties (see each method).</item>
/// </list>
/// All of it composes into one SQL query; nothing is loaded into memory but, once per request, the viewer's
/// <see cref="ViewerScope"/> (a few user and team ids). Rows are tested against a party with a
/// correlated <c>EXISTS (… WHERE p.id = x.party_id AND …)</c> (<c>parties.Any(p =&gt; p.Id == …)</c>), never with
/// <c>party_id IN (visible parties)</c>: under an OR, PostgreSQL cannot turn the IN into a join and hashes every
/// visible party (100k rows) per query, where the EXISTS is a primary-key probe per row.
/// </summary>
public static class AccessRule
{
    /// <summary>The users whose view the viewer has: the viewer, plus for a manager their teams' members and direct reports.</summary>
    public static IQueryable<Guid> UsersSeenThrough(this CmsDb db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        var userId = viewer.UserId;
        return viewer.Role == FirmRole.Manager
            ? db.FirmUsers
                .Where(u => u.Id == userId || u.ManagerId == userId || db.Teams.Any(t => t.Id == u.TeamId && t.ManagerId == userId))
                .Select(u => u.Id)
            : db.FirmUsers.Where(u => u.Id == userId).Select(u => u.Id);
    }

    /// <summary>The viewer with <see cref="Viewer.Scope"/> read from the database (one query); admins and controllers need none.</summary>
    public static async Task<Viewer> WithScopeAsync(this CmsDb db, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesEverything || viewer.Scope is not null)
        {
            return viewer;
        }

        var users = db.UsersSeenThrough(viewer);
        var rows = await db.FirmUsers.AsNoTracking().Where(u => users.Contains(u.Id)).Select(u => new { u.Id, u.TeamId })
            .ToListAsync(cancellationToken);
        return viewer with { Scope = new ViewerScope(rows.Select(r => r.Id).ToArray(), rows.Select(r => r.TeamId).OfType<Guid>().Distinct().ToArray()) };
    }

    /// <summary>
    /// The viewer for a firm user already read: a manager's scope comes from the database (their teams and reports);
    /// anyone else's is their own id and team, which the row holds, so no query is needed.
    /// </summary>
    public static Task<Viewer> ViewerOfAsync(this CmsDb db, FirmUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var viewer = new Viewer(user.Id, user.Role);
        return viewer.SeesEverything || user.Role == FirmRole.Manager
            ? db.WithScopeAsync(viewer, cancellationToken)
            : Task.FromResult(viewer with { Scope = new ViewerScope([user.Id], user.TeamId is { } team ? [team] : []) });
    }

    // Typed IEnumerable so the predicates below are written once: an array becomes "= ANY(@p)", a query a subquery.
    private static IEnumerable<Guid> SeenUsers(CmsDb db, Viewer viewer) =>
        viewer.Scope is { } scope ? scope.UserIds.ToArray() : db.UsersSeenThrough(viewer);

    private static IEnumerable<Guid> SeenTeams(CmsDb db, Viewer viewer, IEnumerable<Guid> users) =>
        viewer.Scope is { } scope ? scope.TeamIds.ToArray() : db.FirmUsers.Where(u => users.Contains(u.Id) && u.TeamId != null).Select(u => u.TeamId!.Value);

    public static IQueryable<Party> VisibleParties(this CmsDb db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesEverything)
        {
            return db.Parties;
        }

        var users = SeenUsers(db, viewer);
        var teams = SeenTeams(db, viewer, users);
        return db.Parties.Where(p =>
            (!p.IsRestricted && !(p is Person && db.Households.Any(h => h.Id == ((Person)p).HouseholdId && h.IsRestricted)))
            || db.CoverageAssignments.Any(c => c.To == null && c.PartyId == p.Id && users.Contains(c.AdviserId))
            || (p is Person && ((Person)p).HouseholdId != null
                && db.CoverageAssignments.Any(c => c.To == null && c.HouseholdId != null && c.HouseholdId == ((Person)p).HouseholdId && users.Contains(c.AdviserId)))
            || db.PartyShares.Any(s => s.PartyId == p.Id
                && ((s.SharedWithUserId != null && users.Contains(s.SharedWithUserId.Value))
                    || (s.SharedWithTeamId != null && teams.Contains(s.SharedWithTeamId.Value)))));
    }

    /// <summary>Households that are not restricted, or that the viewer (through <see cref="UsersSeenThrough"/>) covers.</summary>
    public static IQueryable<Household> VisibleHouseholds(this CmsDb db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesEverything)
        {
            return db.Households;
        }

        var users = SeenUsers(db, viewer);
        return db.Households.Where(h => !h.IsRestricted
            || db.CoverageAssignments.Any(c => c.To == null && c.HouseholdId == h.Id && users.Contains(c.AdviserId)));
    }

    /// <summary>
    /// An interaction is visible when the viewer (or, for a manager, their people) took part in or logged it, or when
    /// every client party on it is visible: one restricted client on a thread keeps the thread from reps who may not see
    /// that client.
    /// </summary>
    public static IQueryable<Interaction> VisibleInteractions(this CmsDb db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesEverything)
        {
            return db.Interactions;
        }

        var users = SeenUsers(db, viewer);
        var parties = db.VisibleParties(viewer);
        return db.Interactions.Where(i =>
            i.Reps.Any(r => users.Contains(r.FirmUserId))
            || (i.LoggedById != null && users.Contains(i.LoggedById.Value))
            || (i.Parties.Any() && i.Parties.All(ip => parties.Any(p => p.Id == ip.PartyId))));
    }

    /// <summary>A follow-up is visible to its owner (and their manager) and to whoever sees its party.</summary>
    public static IQueryable<FollowUp> VisibleFollowUps(this CmsDb db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesEverything)
        {
            return db.FollowUps;
        }

        var users = SeenUsers(db, viewer);
        var parties = db.VisibleParties(viewer);
        return db.FollowUps.Where(f => users.Contains(f.OwnerId) || parties.Any(p => p.Id == f.PartyId));
    }

    /// <summary>An outcome is visible to its reporter (and their manager) and to whoever sees its party, or its household when it has no party.</summary>
    public static IQueryable<Outcome> VisibleOutcomes(this CmsDb db, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.SeesEverything)
        {
            return db.Outcomes;
        }

        var users = SeenUsers(db, viewer);
        var parties = db.VisibleParties(viewer);
        var households = db.VisibleHouseholds(viewer);
        return db.Outcomes.Where(o => users.Contains(o.ReportedById)
            || (o.PartyId != null && parties.Any(p => p.Id == o.PartyId))
            || (o.PartyId == null && o.HouseholdId != null && households.Any(h => h.Id == o.HouseholdId)));
    }

    public static Task<bool> CanSeePartyAsync(this CmsDb db, Viewer viewer, Guid partyId, CancellationToken cancellationToken) =>
        db.VisibleParties(viewer).AnyAsync(p => p.Id == partyId, cancellationToken);
}
