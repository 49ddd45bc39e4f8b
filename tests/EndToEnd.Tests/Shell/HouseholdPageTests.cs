using Microsoft.Playwright;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>"Which household does this person belong to, and what are its assets with us?" — from the client's page, one click.</summary>
public sealed class HouseholdPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FromAClientsPage_TheHouseholdLinkShowsItsMembersAndAssets()
    {
        var now = DateTimeOffset.UtcNow;
        Person marta;
        await using (var db = fixture.Host.Database.NewDb())
        {
            var household = new Household("Famille Aubert", Money.Of(4_250_000m, "CHF"));
            db.Households.Add(household);
            marta = new Person("Marta", "Aubert", PartyStatus.Client, now.AddYears(-4));
            marta.JoinHousehold(household.Id);
            var luc = new Person("Luc", "Aubert", PartyStatus.Client, now.AddYears(-4));
            luc.JoinHousehold(household.Id);
            db.People.AddRange(marta, luc);
            db.CoverageAssignments.Add(CoverageAssignment.ForHousehold(household.Id, fixture.Users.Rep.Id, CoverageRole.Primary, now.AddYears(-1)));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
        await page.GotoAsync($"/app/parties/{marta.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Famille Aubert" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Famille Aubert", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "With us" })).ToContainTextAsync("4,250,000");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "With us" })).ToContainTextAsync("Rita Rep");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Household members" }).Locator("tbody tr")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "household");
    }
}
