using System.Text;
using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Marketing;
using OutlookCms.Domain.Outcomes;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Outcomes;

/// <summary>
/// A manager's marketing and pipeline pages: what each initiative returned (chart), the three questions, tagging a
/// gala's attendees from a list (checked first), and the pledge forecast by team.
/// </summary>
public sealed class InitiativeAndForecastPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AManager_SeesReturns_AsksTheThreeQuestions_AndImportsAGalasAttendees()
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var product = new Product("GEQ-" + Guid.NewGuid().ToString("N")[..6], "Global equity");
        var brochure = new Material(product.Id, "Global equity brochure", "2026");
        var promotion = new Initiative(InitiativeKind.Promotion, "Equity autumn promotion", Money.Of(3_000m, "CHF"), today.AddDays(-40), today.AddDays(-20), product.Id);
        var gala = new Initiative(InitiativeKind.Event, "Symphony gala", Money.Of(10_000m, "CHF"), today.AddDays(-10), today.AddDays(-10));
        var paula = new Person("Paula", "Promo", PartyStatus.Client, now.AddYears(-1));
        var gus = new Person("Gus", "Guest", PartyStatus.Client, now.AddYears(-1));
        var deposit = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(1_500_000m, "CHF"), null, paula.Id, null, fixture.Users.Rep.Id, now.AddDays(-5));
        await using (var db = fixture.Host.Database.NewDb())
        {
            db.AddRange(product, brochure, promotion, gala, paula, gus, deposit,
                new PartyInitiative(paula.Id, promotion.Id, fixture.Users.Rep.Id, now.AddDays(-30)),
                new MaterialSent(brochure.Id, paula.Id, fixture.Users.Rep.Id, now.AddDays(-30)),
                new OutcomeInitiative(deposit.Id, gala.Id, fixture.Users.Rep.Id, now.AddDays(-5)));
            await db.SaveChangesAsync();
            deposit.Confirm(fixture.Users.Controller, await db.ReportingLineOfAsync(fixture.Users.Rep.Id, default), "booked", now.AddDays(-2));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Manager);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Initiatives" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Initiative returns", Level = 1 })).ToBeVisibleAsync();
        // 1 % of 1.5M = 15,000 revenue on 10,000 cost: 150 %.
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Return on cost by initiative" })).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Symphony gala 150"));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Initiative returns" }).Locator("tbody tr").Filter(new() { HasText = "Symphony gala" })).ToContainTextAsync("150%");

        var questions = page.GetByRole(AriaRole.Region, new() { Name = "Questions" });
        var answer = questions.GetByRole(AriaRole.List, new() { Name = "Answer" });
        await questions.GetByLabel("Product id").FillAsync(product.Id.ToString());
        await questions.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await Expect(answer).ToContainTextAsync("Paula Promo — Equity autumn promotion");
        await questions.GetByLabel("Question").SelectOptionAsync("brochure-holders");
        await questions.GetByLabel("Product id").FillAsync(product.Id.ToString());
        await questions.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await Expect(answer).ToContainTextAsync("Paula Promo — Global equity brochure (2026)");

        // Gus came to the gala: the list is checked, then imported; he is then an attendee nobody has contacted since.
        var attendees = page.GetByRole(AriaRole.Region, new() { Name = "Attendee list" });
        await attendees.GetByLabel("Initiative").SelectOptionAsync(new SelectOptionValue { Label = "Symphony gala" });
        var csv = Encoding.UTF8.GetBytes($"party_id,attended,note\n{gus.Id},yes,came with his daughter\n{paula.Id},no,\n");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "gala.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "What each row would do" })).ToContainTextAsync("Gus Guest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "gala.csv: succeeded." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Import history" }).Locator("tbody tr")).ToHaveCountAsync(2);

        await questions.GetByLabel("Question").SelectOptionAsync("not-contacted-since");
        // The second select: "Initiative" also occurs in the question select's options, which belong to its label.
        await questions.Locator("select").Nth(1).SelectOptionAsync(new SelectOptionValue { Label = "Symphony gala" });
        await questions.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await Expect(answer).ToContainTextAsync("Gus Guest — never contacted");
        await Screenshots.SaveAsync(page, "initiatives");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, "/app/initiatives: " + Axe.Describe(violations));
    }

    [Fact]
    public async Task AManager_SeesTheForecastByMonthTeamAndRep_WithTheTeamsTotal()
    {
        var now = DateTimeOffset.UtcNow;
        var next = new DateOnly(now.Year, now.Month, 1).AddMonths(1).AddDays(9);
        var fiona = new Person("Fiona", "Forecast", PartyStatus.Client, now.AddYears(-1));
        await using (var db = fixture.Host.Database.NewDb())
        {
            db.AddRange(fiona,
                Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(400_000m, "CHF"), next, fiona.Id, null, fixture.Users.Rep.Id, now),
                Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(100_000m, "CHF"), next, fiona.Id, null, fixture.Users.OtherRep.Id, now));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Manager);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Forecast" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pledge forecast", Level = 1 })).ToBeVisibleAsync();
        // No decided pledges yet: the firm's default 50 % weights both.
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Team total" })).ToContainTextAsync("from 2 pledge(s)");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Weighted pledges by team" })).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("\\(CHF\\) 250000"));
        var teamRow = page.GetByRole(AriaRole.Table, new() { Name = "Forecast by month and team" }).Locator("tbody tr").First;
        await Expect(teamRow).ToContainTextAsync($"{next:yyyy-MM}");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Forecast by month and rep" })).ToContainTextAsync("Rita Rep");
        await Screenshots.SaveAsync(page, "forecast");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, "/app/forecast: " + Axe.Describe(violations));
    }
}
