using Microsoft.Playwright;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>Sync health in the web app: an admin sees a failing mailbox first, its error, and goes on to the capture lookup.</summary>
public sealed class SyncHealthPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAdmin_SeesWhichMailboxNeedsAttention_AndReachesTheCaptureLookup()
    {
        var now = DateTimeOffset.UtcNow;
        await fixture.Host.Database.ExecuteAsync($"""
            INSERT INTO cms.mailbox_sync_status (firm_user_id, last_succeeded_at, consecutive_failures, throttled_responses)
            VALUES ('{fixture.Users.Rep.Id}', '{now.AddSeconds(-30):O}', 0, 0);
            INSERT INTO cms.mailbox_sync_status (firm_user_id, last_failed_at, last_error, consecutive_failures, throttled_responses)
            VALUES ('{fixture.Users.OtherRep.Id}', '{now.AddMinutes(-2):O}', 'Sync failed for Inbox (mailbox outside the access policy).', 2, 0)
            ON CONFLICT (firm_user_id) DO NOTHING;
            """);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Admin);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Sync health" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sync health" })).ToBeVisibleAsync();

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Mailboxes" }).Locator("tbody tr");
        await Expect(rows.First).ToContainTextAsync(fixture.Users.OtherRep.Email);
        await Expect(rows.First).ToContainTextAsync("Failing");
        await Expect(rows.First).ToContainTextAsync("outside the access policy");
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("need attention");
        await Screenshots.SaveAsync(page, "sync-health");

        await page.GetByRole(AriaRole.Link, new() { Name = "Why (not) captured?" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why (not) captured?" })).ToBeVisibleAsync();
    }
}
