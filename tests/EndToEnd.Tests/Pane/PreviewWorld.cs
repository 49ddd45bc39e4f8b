using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;
using OutlookCms.TestSupport;

namespace OutlookCms.EndToEnd.Tests.Pane;

/// <summary>The rows the preview's inbox is made of: captured emails of the rep's clients, and an unknown sender's messages.</summary>
public static class PreviewWorld
{
    public static async Task<Person> ClientWithEmailAsync(HostFixture host, string given, string family, string address, string subject,
        Action<Person>? shape = null)
    {
        await using var db = host.Database.NewDb();
        var now = DateTimeOffset.UtcNow;
        var person = new Person(given, family, PartyStatus.Client, now.AddYears(-1));
        person.AddEmail(address, EmailKind.Work);
        shape?.Invoke(person);
        db.People.Add(person);
        var email = Interaction.CaptureEmail($"<{Guid.NewGuid():N}@mail.example>", null, null, Direction.Inbound, now.AddHours(-2), subject, "Could we talk this week?", now);
        email.AddParty(person.Id, ParticipantRole.From, address);
        email.AddRep(host.Users.Rep.Id, ParticipantRole.To);
        db.Interactions.Add(email);
        await db.SaveChangesAsync();
        return person;
    }

    public static async Task CoverAsync(HostFixture host, Guid partyId, Guid adviserId)
    {
        await using var db = host.Database.NewDb();
        db.CoverageAssignments.Add(CoverageAssignment.ForParty(partyId, adviserId, CoverageRole.Primary, DateTimeOffset.UtcNow.AddYears(-1)));
        await db.SaveChangesAsync();
    }

    public static async Task UnknownSenderAsync(HostFixture host, string address, string displayName, int messages)
    {
        await using var db = host.Database.NewDb();
        db.ProposedProspects.Add(new ProposedProspect(address, displayName, DateTimeOffset.UtcNow.AddHours(-5)));
        for (var i = 0; i < messages; i++)
        {
            db.ProspectSightings.Add(new ProspectSighting(address, $"<{Guid.NewGuid():N}@unknown.example>", DateTimeOffset.UtcNow.AddHours(-4 + i)));
        }

        await db.SaveChangesAsync();
    }
}
