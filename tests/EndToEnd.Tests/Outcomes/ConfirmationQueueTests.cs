using System.Text;
using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Outcomes;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Outcomes;

/// <summary>
/// A controller's morning: import yesterday's booked activity (a bad file first, refused with its rows named), then
/// work the confirmation queue: confirm the pledge whose money arrived against the proposed booking, reject the other.
/// </summary>
public sealed class ConfirmationQueueTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AController_ImportsBookings_ThenConfirmsTheMatchedPledge_AndRejectsTheOther()
    {
        var now = DateTimeOffset.UtcNow;
        var expected = DateOnly.FromDateTime(now.UtcDateTime);
        Person nora;
        await using (var db = fixture.Host.Database.NewDb())
        {
            nora = new Person("Nora", "Lindqvist", PartyStatus.Client, now.AddYears(-2));
            var otto = new Person("Otto", "Brenner", PartyStatus.Client, now.AddYears(-2));
            db.People.AddRange(nora, otto);
            db.Outcomes.Add(Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(750_000m, "CHF"), expected, nora.Id, null, fixture.Users.Rep.Id, now.AddDays(-10)));
            db.Outcomes.Add(Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(120_000m, "CHF"), expected.AddDays(-3), otto.Id, null, fixture.Users.OtherRep.Id, now.AddDays(-20)));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Controller);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imports", Level = 1 })).ToBeVisibleAsync();

        const string header = "account,party_id,household_id,booking_date,amount,currency,type\n";
        var bookedOn = expected.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await UploadAsync(page, "bad.csv", header + $"CH93-0000-1,{nora.Id},,{bookedOn},749'000,CHF,Deposit\n");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bad.csv: rejected." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Rows refused" })).ToContainTextAsync("2amount'749'000' is not a number");

        await UploadAsync(page, "bookings.csv", header + $"CH93-0000-1,{nora.Id},,{bookedOn},749000.00,CHF,Deposit\n");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bookings.csv: succeeded." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Import history" }).Locator("tbody tr")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "imports");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Confirmations" }).ClickAsync();
        var queue = page.GetByRole(AriaRole.Table, new() { Name = "Outcomes waiting for confirmation" });
        var noraRow = queue.Locator("tbody tr").Filter(new() { HasText = "Nora Lindqvist" });
        var ottoRow = queue.Locator("tbody tr").Filter(new() { HasText = "Otto Brenner" });
        await Expect(noraRow).ToContainTextAsync("CH93-0000-1");
        await Expect(noraRow).ToContainTextAsync("2 days");
        await Expect(ottoRow).ToContainTextAsync("No matching booking");
        await Screenshots.SaveAsync(page, "confirmation-queue");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, "/app/confirmations: " + Axe.Describe(violations));

        await noraRow.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Confirmed: assets pledged" })).ToBeVisibleAsync();
        await Expect(noraRow).ToHaveCountAsync(0);

        await ottoRow.GetByLabel("Why you reject it").FillAsync("Nothing arrived within the window.");
        await ottoRow.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Expect(ottoRow).ToHaveCountAsync(0);
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
    }
}
