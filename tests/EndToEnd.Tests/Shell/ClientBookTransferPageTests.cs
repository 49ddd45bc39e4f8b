using System.Text;
using Microsoft.Playwright;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>An admin checks a client book from another CRM row by row, fixes it, imports it, and downloads the export.</summary>
public sealed class ClientBookTransferPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Header = "external_id,kind,given_name,family_name,legal_name,email,works_at,job_title\n";

    [Fact]
    public async Task AnAdmin_ChecksAFile_SeesItsBadRow_ImportsTheFixedFile_AndDownloadsTheExport()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Admin);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Import / export" }).ClickAsync();

        await ChooseAsync(page, Header
            + "crm-1,Organisation,,,Meridian Family Office,,,\n"
            + "crm-2,Person,Sofia,Brandt,,sofia@meridian-fo.example,crm-1,Chief Investment Officer\n"
            + "crm-3,Person,Tom,Brandt,,tom@meridian-fo.example,crm-9,Analyst\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();
        var refused = page.GetByRole(AriaRole.Table, new() { Name = "Rows refused" });
        await Expect(refused).ToContainTextAsync("works_at");
        await Expect(refused.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(refused.Locator("tbody tr").First).ToContainTextAsync("4");
        await Screenshots.SaveAsync(page, "client-book-check-refused");

        await ChooseAsync(page, Header
            + "crm-1,Organisation,,,Meridian Family Office,,,\n"
            + "crm-2,Person,Sofia,Brandt,,sofia@meridian-fo.example,crm-1,Chief Investment Officer\n"
            + "crm-3,Person,Tom,Brandt,,tom@meridian-fo.example,crm-1,Analyst\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();
        var plan = page.GetByRole(AriaRole.Table, new() { Name = "What each row would do" });
        await Expect(plan.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(plan).ToContainTextAsync("CreateSofia Brandt");
        await Screenshots.SaveAsync(page, "client-book-check-plan");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(page.GetByText("3 rows: 3 new, 0 already imported.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Import history" }).Locator("tbody tr")).ToHaveCountAsync(3);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download the client book (CSV)" }).ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        Assert.Matches(@"^client-book-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        // The columns the page lists are the ones the export writes.
        var header = exported[..exported.IndexOf('\r', StringComparison.Ordinal)];
        await Expect(page.Locator("code").First).ToHaveTextAsync(header.Replace(",", ", ", StringComparison.Ordinal));
        Assert.Contains("crm-2,Person,Sofia,Brandt,,sofia@meridian-fo.example,crm-1,Chief Investment Officer,Client", exported);
        await Screenshots.SaveAsync(page, "client-book-imported");
    }

    private static Task ChooseAsync(IPage page, string csv) =>
        page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "from-old-crm.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
}
