using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>"When is my next sales call?" (My follow-ups: coming up) and "When did anyone last contact that client?" (the client's page).</summary>
public sealed class NextAndLastContactTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ARep_SeesTheirNextCallFirst_AndOnTheClientsPageTheLastContactByAColleague()
    {
        var rep = fixture.Users.Rep;
        var now = DateTimeOffset.UtcNow;
        var client = new Person("Olivia", "Sterling", PartyStatus.Client, now.AddYears(-2));
        await using (var db = fixture.Host.Database.NewDb())
        {
            db.People.Add(client);
            db.CoverageAssignments.Add(CoverageAssignment.ForParty(client.Id, rep.Id, CoverageRole.Primary, now.AddYears(-1)));
            Interaction Contact(Channel channel, double days, string subject, Guid by)
            {
                var contact = Interaction.Log(channel, Direction.Outbound, now.AddDays(days), null, subject, null, by, now);
                contact.AddRep(by, ParticipantRole.From);
                contact.AddParty(client.Id, ParticipantRole.Attendee);
                return contact;
            }

            db.Interactions.AddRange(
                Contact(Channel.PhoneCall, 3, "Pledge follow-up call", rep.Id),
                Contact(Channel.Meeting, 10, "Portfolio review", rep.Id),
                Contact(Channel.PhoneCall, -9, "My last call", rep.Id),
                // The last contact is a colleague's visit, after my call: "any rep, any channel".
                Contact(Channel.InPerson, -2, "Dropped off the tax pack", fixture.Users.OtherRep.Id));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, rep);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My follow-ups" }).ClickAsync();
        var coming = page.GetByRole(AriaRole.List, new() { Name = "Coming meetings and calls" }).Locator("li");
        await Expect(coming).ToHaveCountAsync(2);
        await Expect(coming.First).ToContainTextAsync("phone call: Pledge follow-up call");
        await Expect(coming.Last).ToContainTextAsync("meeting: Portfolio review");
        await Screenshots.SaveAsync(page, "question-next-sales-call");

        await coming.First.GetByRole(AriaRole.Link, new() { Name = "Olivia Sterling" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Olivia Sterling", Level = 1 })).ToBeVisibleAsync();
        var lastContact = page.Locator("dt", new() { HasText = "Last contact" }).Locator("xpath=following-sibling::dd[1]");
        // The page shows the day on the browser's wall clock (BrowserFixture: Zurich), which is not UTC's near midnight.
        var shown = TimeZoneInfo.ConvertTime(now.AddDays(-2), TimeZoneInfo.FindSystemTimeZoneById(BrowserFixture.TimeZoneId));
        await Expect(lastContact).ToContainTextAsync(shown.ToString("d MMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        await Expect(page.GetByText("Dropped off the tax pack")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "question-last-contact");
    }
}
