using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;
using OutlookCms.TestSupport;

namespace OutlookCms.Bench.PaneRender;

/// <summary>The rep's inbox for the bench: clients they cover, each with a latest email and a history of logged calls.</summary>
public static class RenderWorld
{
    public static async Task<IReadOnlyList<string>> SeedAsync(HostFixture host, int clients, int historyPerClient)
    {
        await using var db = host.Database.NewDb();
        var now = DateTimeOffset.UtcNow;
        var names = new List<string>();
        for (var c = 0; c < clients; c++)
        {
            var person = new Person($"Client{c:D3}", "Render", PartyStatus.Client, now.AddYears(-2));
            person.AddEmail($"client{c:D3}@render-bench.example", EmailKind.Work);
            db.People.Add(person);
            db.CoverageAssignments.Add(CoverageAssignment.ForParty(person.Id, host.Users.Rep.Id, CoverageRole.Primary, now.AddYears(-2)));
            for (var h = 0; h < historyPerClient; h++)
            {
                var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, now.AddDays(-3 - (h * 5)), null, $"Review call {h}", "Portfolio review.",
                    host.Users.Rep.Id, now);
                call.AddParty(person.Id, ParticipantRole.Attendee, null);
                call.AddRep(host.Users.Rep.Id, ParticipantRole.Organizer);
                db.Interactions.Add(call);
            }

            var email = Interaction.CaptureEmail($"<{Guid.NewGuid():N}@render-bench.example>", null, null, Direction.Inbound,
                now.AddMinutes(-c), $"Question {c}", "Could we talk this week?", now);
            email.AddParty(person.Id, ParticipantRole.From, $"client{c:D3}@render-bench.example");
            email.AddRep(host.Users.Rep.Id, ParticipantRole.To);
            db.Interactions.Add(email);
            names.Add(person.DisplayName);
        }

        await db.SaveChangesAsync();
        return names;
    }
}
