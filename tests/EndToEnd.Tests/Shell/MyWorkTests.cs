using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>The rep's own pages (follow-ups overdue first, the clients' cadence as a chart) and the manager's team view with breach review.</summary>
public sealed class MyWorkTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ARep_SeesOverdueFollowUpsFirst_CompletesOne_AndSeesTheirClientsCadence()
    {
        var host = fixture.Host;
        var rep = fixture.Users.Rep;
        var now = DateTimeOffset.UtcNow;
        await using (var db = host.Database.NewDb())
        {
            var tier = new Tier("Platinum web", 1, new CadencePolicy(30, 2, 30));
            db.Tiers.Add(tier);
            var quiet = new Person("Quentin", "Quiet", PartyStatus.Client, now.AddYears(-1));
            quiet.AssignTier(tier.Id);
            var busy = new Person("Bella", "Busy", PartyStatus.Client, now.AddYears(-1));
            busy.AssignTier(tier.Id);
            db.People.AddRange(quiet, busy);
            db.CoverageAssignments.AddRange(
                CoverageAssignment.ForParty(quiet.Id, rep.Id, CoverageRole.Primary, now.AddYears(-1)),
                CoverageAssignment.ForParty(busy.Id, rep.Id, CoverageRole.Primary, now.AddYears(-1)));
            foreach (var daysAgo in new[] { 2, 4, 6 })
            {
                var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, now.AddDays(-daysAgo), null, "Check-in", null, rep.Id, now);
                call.AddParty(busy.Id, ParticipantRole.Attendee);
                db.Interactions.Add(call);
            }

            db.FollowUps.AddRange(
                FollowUp.SetByHand(quiet.Id, rep.Id, "Send the annual review", now.AddDays(3), now),
                FollowUp.SetByHand(quiet.Id, rep.Id, "Return Quentin's call", now.AddDays(-4), now.AddDays(-6)));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, rep);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "My follow-ups" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "My follow-ups" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("Return Quentin's call");
        await Expect(rows.First).ToContainTextAsync("overdue");
        await Screenshots.SaveAsync(page, "my-follow-ups");

        await page.GetByRole(AriaRole.Button, new() { Name = "Complete: Return Quentin's call (Quentin Quiet)" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Send the annual review");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Cadence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Clients by cadence status: Overdue 1, Too often 1" })).ToBeVisibleAsync();
        var clients = page.GetByRole(AriaRole.Table, new() { Name = "Clients by cadence" }).Locator("tbody tr");
        await Expect(clients.First).ToContainTextAsync("Quentin Quiet");
        await Expect(clients.First).ToContainTextAsync("Overdue");
        await Expect(clients.Nth(1)).ToContainTextAsync("Too often");
        await Screenshots.SaveAsync(page, "my-clients-cadence");
    }

    [Fact]
    public async Task AManager_SeesTheirTeamAsCharts_AndReviewsABreach()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = fixture.Host.Database.NewDb())
        {
            var client = new Person("Vera", "Vip", PartyStatus.Client, now.AddYears(-1));
            client.Restrict();
            db.People.Add(client);
            var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, now.AddDays(-6), null, "Cold call", null, fixture.Users.OtherRep.Id, now);
            call.AddParty(client.Id, ParticipantRole.Attendee);
            db.Interactions.Add(call);
            db.CoverageBreaches.Add(new CoverageBreach(call.Id, client.Id, fixture.Users.OtherRep.Id, now.AddDays(-6), now.AddDays(-6)));
            db.FollowUps.Add(FollowUp.SetByHand(client.Id, fixture.Users.OtherRep.Id, "Apologise", now.AddDays(-9), now.AddDays(-12)));
            var tier = new Tier("Gold web", 2, new CadencePolicy(30, 1, 30));
            db.Tiers.Add(tier);
            var chatty = new Person("Carla", "Calls", PartyStatus.Client, now.AddYears(-1));
            chatty.AssignTier(tier.Id);
            db.People.Add(chatty);
            db.CoverageAssignments.Add(CoverageAssignment.ForParty(chatty.Id, fixture.Users.OtherRep.Id, CoverageRole.Primary, now.AddYears(-1)));
            foreach (var daysAgo in new[] { 3, 5 })
            {
                var checkIn = Interaction.Log(Channel.PhoneCall, Direction.Outbound, now.AddDays(-daysAgo), null, "Check-in", null, fixture.Users.OtherRep.Id, now);
                checkIn.AddParty(chatty.Id, ParticipantRole.Attendee);
                db.Interactions.Add(checkIn);
            }

            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Manager);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My team" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My team", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("2 reps report to you.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Team follow-ups overdue at the end of each week" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Coverage breaches by rep" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new(@"^Clients contacted more often than their tier allows, by tier: .*Gold web \(1\) 1") })).ToBeVisibleAsync();
        var byRep = page.GetByRole(AriaRole.Table, new() { Name = "Coverage breaches by rep" }).Locator("tbody tr");
        await Expect(byRep).ToHaveCountAsync(2);
        var unreviewed = byRep.First.Locator("td").Nth(2);
        await Expect(byRep.First.Locator("td").First).ToHaveTextAsync("Otto Rep");
        await Expect(unreviewed).ToHaveTextAsync("1");
        await Screenshots.SaveAsync(page, "team-overview");

        var toReview = page.GetByRole(AriaRole.Table, new() { Name = "Coverage breaches to review" }).Locator("tbody tr");
        await Expect(toReview).ToHaveCountAsync(1);
        await Expect(toReview.First).ToContainTextAsync("Cold call");
        await page.GetByLabel("What you concluded about Otto Rep's contact with Vera Vip").FillAsync("Vera called Otto back; redirected to Rita.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark reviewed" }).ClickAsync();
        await Expect(toReview.First).ToContainTextAsync("Vera called Otto back; redirected to Rita.");
        await Expect(toReview.First).ToContainTextAsync("Maria Manager");
        await Expect(unreviewed).ToHaveTextAsync("0");
        await Screenshots.SaveAsync(page, "team-breach-reviewed");
    }
}
