using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Outcomes;

/// <summary>
/// Last quarter's scorecards: the rep reads her own with its bonus lines and the client she let slip off cadence; the
/// admin reads the team's (chart, table, Rita's breakdown) and closes the quarter.
/// </summary>
public sealed class ScorecardPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ARepReadsHerScorecard_ThenTheAdminReadsTheTeamsAndClosesTheQuarter()
    {
        var (key, start) = LastQuarter(DateTime.UtcNow);
        var begin = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rita = fixture.Users.Rep.Id;
        await using (var db = fixture.Host.Database.NewDb())
        {
            var monthly = new Tier($"Monthly {Guid.NewGuid():N}"[..20], 5, new CadencePolicy(30, 4, 30));
            var cora = new Person("Cora", "Cadence", PartyStatus.Client, begin.AddDays(-60));
            cora.AssignTier(monthly.Id);
            // Called ten days before the quarter and five days into it, then not again: due 30 days later, and late from then.
            var before = Interaction.Log(Channel.PhoneCall, Direction.Outbound, begin.AddDays(-10), null, "check-in", null, rita, begin.AddDays(-10));
            before.AddParty(cora.Id, ParticipantRole.To);
            var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, begin.AddDays(5), null, "review", null, rita, begin.AddDays(5));
            call.AddParty(cora.Id, ParticipantRole.To);
            db.AddRange(monthly, cora, before, call, CoverageAssignment.ForParty(cora.Id, rita, CoverageRole.Primary, begin.AddDays(-60)));
            await db.SaveChangesAsync();
            var deposit = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(250_000m, "CHF"), start.AddDays(10), cora.Id, null, rita, begin.AddDays(3));
            deposit.Confirm(fixture.Users.Controller, await db.ReportingLineOfAsync(rita, default), "booked", begin.AddDays(12));
            db.Outcomes.Add(deposit);
            await db.SaveChangesAsync();
        }

        await using (var context = await fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My scorecard" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My scorecard", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Period (2026-Q3 or 2026-07)")).ToHaveValueAsync(key);
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Bonus lines" })).ToContainTextAsync("confirmed-assets");
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Bonus lines" })).ToContainTextAsync("1 outcome(s)");
            var offCadence = page.GetByRole(AriaRole.Table, new() { Name = "Clients off cadence" });
            await Expect(offCadence).ToContainTextAsync("Cora Cadence");
            await Expect(offCadence).ToContainTextAsync($"{start.AddDays(5 + 30):yyyy-MM-dd}");
            await Expect(page.GetByText("Clients on cadence: 0 of 1")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "scorecard");
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, "/app/scorecard: " + Axe.Describe(violations));
        }

        await using (var context = await fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await BrowserFixture.SignInAsync(page, fixture.Users.Admin);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Scorecards" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team scorecards", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Confirmed assets by rep" })).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Rita Rep \\(CHF\\) 250000"));
            var ritaRow = page.GetByRole(AriaRole.Table, new() { Name = "Scorecards" }).Locator("tbody tr").Filter(new() { HasText = "Rita Rep" });
            await Expect(ritaRow).ToContainTextAsync("0% (0/1)");
            await ritaRow.GetByRole(AriaRole.Button, new() { Name = "Breakdown" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Clients off cadence" })).ToContainTextAsync("Cora Cadence");
            await Expect(page.GetByText("open, live figures")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "scorecards");
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, "/app/scorecards: " + Axe.Describe(violations));

            await page.GetByRole(AriaRole.Button, new() { Name = $"Close {key}" }).ClickAsync();
            await Expect(page.GetByText("figures frozen")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Close {key}" })).ToHaveCountAsync(0);
            await Expect(ritaRow).ToContainTextAsync("0% (0/1)");
        }
    }

    /// <summary>The quarter before the one <paramref name="today"/> is in, as the pages default to it.</summary>
    private static (string Key, DateOnly Start) LastQuarter(DateTime today)
    {
        var q = (today.Month - 1) / 3;
        return q == 0 ? ($"{today.Year - 1}-Q4", new DateOnly(today.Year - 1, 10, 1)) : ($"{today.Year}-Q{q}", new DateOnly(today.Year, (q - 1) * 3 + 1, 1));
    }
}
