using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>A rep corrects a client's details (a refused value shows beside its input), merges a duplicate, and reads back what changed.</summary>
public sealed class PartyEditAndMergeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ARep_EditsAClient_IsToldWhatIsWrong_MergesItsDuplicate_AndSeesBothInTheHistory()
    {
        var now = DateTimeOffset.UtcNow;
        Person nora;
        await using (var db = fixture.Host.Database.NewDb())
        {
            nora = new Person("Nora", "Lindqvist", PartyStatus.Client, now.AddYears(-3));
            nora.AddEmail("nora.lindqvist@fjord-capital.example", EmailKind.Work);
            nora.AddAddress(AddressKind.Mailing, ["Strandvägen 7"], "Stockholm", null, "114 56", "SE");
            var duplicate = new Person("Nora", "Lindqvist-Berg", PartyStatus.Prospect, now.AddMonths(-2));
            duplicate.AddEmail("nora.berg@private-mail.example", EmailKind.Personal);
            duplicate.AddPhone("+46 70 123 45 67", PhoneKind.Mobile);
            db.People.AddRange(nora, duplicate);
            db.CoverageAssignments.Add(CoverageAssignment.ForParty(nora.Id, fixture.Users.Rep.Id, CoverageRole.Primary, now.AddYears(-1)));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
        await page.GotoAsync($"/app/parties/{nora.Id}");
        var details = page.GetByRole(AriaRole.Region, new() { Name = "Contact details" });
        await details.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Edit client" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Add address" }).ClickAsync();
        var billing = form.GetByRole(AriaRole.Group, new() { Name = "Address 2" });
        await billing.GetByLabel("Kind").SelectOptionAsync("Billing");
        await billing.GetByLabel("Street").FillAsync("Box 1234");
        await billing.GetByLabel("City").FillAsync("Stockholm");
        await billing.GetByLabel("Country (ISO code)").FillAsync("S1");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        // The server refuses the country; the message sits beside that input and nothing was saved.
        await Expect(billing).ToContainTextAsync("two-letter country code (got 'S1')");
        await Screenshots.SaveAsync(page, "party-edit-refused");
        await billing.GetByLabel("Country (ISO code)").FillAsync("SE");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Changes saved." })).ToBeVisibleAsync();
        await Expect(details).ToContainTextAsync("Billing addressBox 1234");
        await Expect(details).ToContainTextAsync("Mailing addressStrandvägen 7");

        await details.GetByRole(AriaRole.Button, new() { Name = "Merge a duplicate…" }).ClickAsync();
        var merge = page.GetByRole(AriaRole.Form, new() { Name = "Merge a duplicate" });
        await merge.GetByLabel("Find the duplicate").PressSequentiallyAsync("Lindqvist-B");
        await merge.GetByRole(AriaRole.Button, new() { Name = "Nora Lindqvist-Berg · nora.berg@private-mail.example" }).ClickAsync();
        await merge.GetByLabel("Why are they the same?").FillAsync("Same client: her private address and her married name");
        await merge.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nora Lindqvist-Berg merged: moved 1 email address, 1 phone." })).ToBeVisibleAsync();
        await Expect(details).ToContainTextAsync("nora.berg@private-mail.example");
        await Expect(details).ToContainTextAsync("+46 70 123 45 67");

        await page.GetByText("History of changes").ClickAsync();
        var changes = page.GetByRole(AriaRole.List, new() { Name = "Changes" });
        await Expect(changes).ToContainTextAsync("merged in Nora Lindqvist-Berg");
        await Expect(changes).ToContainTextAsync("Reason: Same client: her private address and her married name");
        await Expect(changes).ToContainTextAsync("Line1: Box 1234");
        await Screenshots.SaveAsync(page, "party-merged-history");
    }
}
