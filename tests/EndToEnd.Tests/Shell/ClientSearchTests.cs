using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>
/// "Who is our contact at client X, and what is their phone number?" as one screen: a rep types part of the
/// organisation's name and sees its people with title, email and phone; a restricted client of someone else stays hidden.
/// The hit opens the client's page, where a call is logged.
/// </summary>
public sealed class ClientSearchTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ARep_TypesPartOfAnOrganisationsName_AndSeesItsPeopleWithTheirPhones_ButNotAnotherAdvisersRestrictedClient()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var db = fixture.Host.Database.NewDb())
        {
            var bank = new Organisation("Quillfeather Privatbank AG", PartyStatus.Client, now.AddYears(-3));
            db.Organisations.Add(bank);
            var cfo = new Person("Lena", "Brandt", PartyStatus.Client, now.AddYears(-2));
            cfo.WorkAt(bank, null, null, "Chief Financial Officer", OrganisationRole.DecisionMaker, 60);
            cfo.AddEmail("lena.brandt@quillfeather.example", EmailKind.Work);
            cfo.AddPhone("+41 44 555 12 34", PhoneKind.Work);
            var hidden = new Person("Quill", "Hidden", PartyStatus.Client, now.AddYears(-2));
            hidden.Restrict();
            db.People.AddRange(cfo, hidden);
            db.CoverageAssignments.Add(CoverageAssignment.ForParty(hidden.Id, fixture.Users.OtherRep.Id, CoverageRole.Primary, now.AddYears(-1)));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Name, email, phone or organisation" }).PressSequentiallyAsync("quillf");

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Clients found" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        // The organisation's name starts with what was typed, so it comes first; then its people.
        await Expect(rows.First).ToContainTextAsync("Quillfeather Privatbank AGOrganisation");
        await Expect(rows.Last).ToContainTextAsync("Lena Brandt");
        await Expect(rows.Last).ToContainTextAsync("Chief Financial Officer");
        await Expect(rows.Last).ToContainTextAsync("works at Quillfeather Privatbank AG");
        await Expect(rows.Last).ToContainTextAsync("+41 44 555 12 34");
        await Expect(page.GetByText("Quill Hidden")).ToHaveCountAsync(0);
        Assert.Contains("q=quillf", page.Url, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "client-search");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Name, email, phone or organisation" }).FillAsync("044 555 12");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("phone +41 44 555 12 34");

        // The hit opens the client's page: the pane's card with its actions, and every contact detail.
        await rows.First.GetByRole(AriaRole.Link, new() { Name = "Lena Brandt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lena Brandt", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Contact details" })).ToContainTextAsync("Work phone+41 44 555 12 34");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log call" }).ClickAsync();
        await page.GetByLabel("Subject").FillAsync("Introduced ourselves");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("Introduced ourselves")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "party-page");
    }
}
