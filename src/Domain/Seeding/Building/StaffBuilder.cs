using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Seeding.Rows;
using OutlookCms.Domain.Seeding.Vocabulary;

namespace OutlookCms.Domain.Seeding.Building;

/// <summary>
/// Builds the firm's users and teams (<see cref="FirmPlan"/>): a head of coverage, one manager per rep team, the reps,
/// two controllers in their own team outside every rep's reporting line, and two admins. Names come from the country
/// of each seat; mailboxes are <c>given.family@</c> the firm's domain.
/// </summary>
internal static class StaffBuilder
{
    public static Staff Build(SeededFirm firm, SeedIds ids, Random random)
    {
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var teams = FirmPlan.RepTeams.Append(FirmPlan.Control).ToList();
        var teamIds = teams.Select((t, i) => (t, ids.For(SeedTable.Team, i))).ToDictionary(p => p.t, p => p.Item2);
        var users = firm.UserList;

        FirmUserRow Add(FirmRole role, string zone, RepSpecialty? specialty, TeamPlan? team, Guid? managerId)
        {
            var index = users.Count;
            var country = CountryOf(zone);
            string given, family, email;
            do
            {
                given = random.Pick(country.GivenNames);
                family = random.Pick(country.FamilyNames);
                email = $"{MailNames.Fold(given)}.{MailNames.Fold(family)}@{FirmPlan.Domain}";
            }
            while (!emails.Add(email));

            var user = new FirmUserRow(
                ids.For(SeedTable.FirmUser, index), ids.RandomLooking(SeedTable.EntraObject, index), $"{given} {family}", email, zone,
                role, specialty, team is null ? null : teamIds[team], managerId, IsActive: true);
            users.Add(user);
            return user;
        }

        var head = Add(FirmRole.Manager, FirmPlan.Zurich, null, null, null);
        var managers = FirmPlan.RepTeams.ToDictionary(t => t, t => Add(FirmRole.Manager, t.ManagerZone, null, t, head.Id));
        var reps = new List<Rep>();
        foreach (var team in FirmPlan.RepTeams)
        {
            foreach (var zone in team.RepZones)
            {
                var rep = Add(FirmRole.Rep, zone, team.Specialty, team, managers[team].Id);
                reps.Add(new Rep(rep.Id, rep.Email, team, teamIds[team], managers[team].Id, SeedClock.Zone(zone)));
            }
        }

        var headOfControl = Add(FirmRole.Controller, FirmPlan.Control.ManagerZone, null, FirmPlan.Control, null);
        var controllers = new List<Guid> { headOfControl.Id };
        for (var i = 1; i < FirmPlan.Controllers; i++)
        {
            controllers.Add(Add(FirmRole.Controller, FirmPlan.Zurich, null, FirmPlan.Control, headOfControl.Id).Id);
        }

        for (var i = 0; i < FirmPlan.Admins; i++)
        {
            Add(FirmRole.Admin, i == 0 ? FirmPlan.London : FirmPlan.Zurich, null, null, null);
        }

        foreach (var team in teams)
        {
            var manager = team == FirmPlan.Control ? headOfControl : managers[team];
            firm.TeamList.Add(new TeamRow(teamIds[team], team.Name, team.Desk, manager.Id));
        }

        return new Staff { Reps = reps, Controllers = controllers, TeamIds = teamIds };
    }

    private static Country CountryOf(string zone) => zone switch
    {
        FirmPlan.London => Countries.UnitedKingdom,
        FirmPlan.NewYork => Countries.UnitedStates,
        _ => Countries.Switzerland,
    };
}
