using OutlookCms.Domain.Firm;

namespace OutlookCms.TestSupport;

/// <summary>A small firm: a team with its manager and two reps, a controller, an admin.</summary>
public sealed record FirmUsers(FirmUser Rep, FirmUser OtherRep, FirmUser Manager, FirmUser Controller, FirmUser Admin)
{
    public static async Task<FirmUsers> SeedAsync(PostgresDatabase database)
    {
        await using var db = database.NewDb();
        var manager = New("Maria Manager", FirmRole.Manager);
        var team = new Team("Private Clients Zurich", TeamDesk.WealthManagement);
        db.Teams.Add(team);
        db.FirmUsers.Add(manager);
        await db.SaveChangesAsync();
        team.AssignManager(manager.Id);

        var rep = New("Rita Rep", FirmRole.Rep, RepSpecialty.WealthAdviser);
        var otherRep = New("Otto Rep", FirmRole.Rep, RepSpecialty.InvestmentBanker);
        foreach (var r in new[] { rep, otherRep })
        {
            r.JoinTeam(team.Id);
            r.ReportTo(manager.Id);
        }

        var users = new FirmUsers(rep, otherRep, manager, New("Carl Controller", FirmRole.Controller), New("Ada Admin", FirmRole.Admin));
        db.FirmUsers.AddRange(rep, otherRep, users.Controller, users.Admin);
        await db.SaveChangesAsync();
        return users;
    }

    private static FirmUser New(string name, FirmRole role, RepSpecialty? specialty = null) =>
        new(Guid.NewGuid(), name, name.Replace(' ', '.').ToLowerInvariant() + "@northbridge.example", "Europe/Zurich", role, specialty);
}
