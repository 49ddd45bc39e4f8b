using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OutlookCms.EndToEnd.Tests.Support;
using OutlookCms.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>
/// "Who is the buyer at client X and how much weight do they carry? In which office is accounts payable?" — one
/// screen: the organisation's page with its org chart and departments.
/// </summary>
public sealed class OrganisationPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnOrganisationsPage_ChartsWhoReportsToWhom_AndSaysWhereEachDepartmentSits()
    {
        await OrgChartFirm.SeedAsync(fixture.Host.Database, "Alpenglühn Versicherungen AG", fixture.Users.OtherRep.Id);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
        await page.GotoAsync($"/app/clients?q={Uri.EscapeDataString("Alpenglühn")}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alpenglühn Versicherungen AG" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alpenglühn Versicherungen AG", Level = 1 })).ToBeVisibleAsync();
        var chart = page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Org chart of Alpenglühn Versicherungen AG") });
        await Expect(chart).ToHaveAttributeAsync("aria-label", new Regex("Sara Frei, Payables Clerk, reports to Marc Keller"));
        await Expect(chart).Not.ToHaveAttributeAsync("aria-label", new Regex("Rolf Geheim"));
        var payables = page.GetByRole(AriaRole.Table, new() { Name = "Departments, where they sit and who to contact" })
            .Locator("tbody tr", new() { HasText = "Accounts Payable" });
        await Expect(payables).ToContainTextAsync("Basel office");
        await Expect(payables).ToContainTextAsync("Sara Frei");
        await Screenshots.SaveAsync(page, "organisation-org-chart");
    }
}
