using Microsoft.Playwright;
using OutlookCms.Domain.Capture;
using OutlookCms.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OutlookCms.EndToEnd.Tests.Shell;

/// <summary>"Why (not) captured?" in the web app: an admin asks about an email by sender and by Message-ID.</summary>
public sealed class CaptureLookupTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAdmin_FindsWhyAnEmailWasSkipped_AndWhichInteractionAnotherBecame()
    {
        var host = fixture.Host;
        var captured = Guid.CreateVersion7();
        await using (var db = host.Database.NewDb())
        {
            var now = DateTimeOffset.UtcNow;
            db.CaptureDecisions.Add(new CaptureDecision(fixture.Users.Rep.Id, MailboxStream.Inbox, "AAMk-private", "<private-1@lookup.example>",
                "lena@lookup.example", "Our family holiday", CaptureOutcome.Skipped, CaptureReason.Private, "PR_SENSITIVITY is Private", null, now.AddMinutes(-5)));
            db.CaptureDecisions.Add(new CaptureDecision(fixture.Users.Rep.Id, MailboxStream.Inbox, "AAMk-client", "<client-1@lookup.example>",
                "lena@lookup.example", "Mandate renewal", CaptureOutcome.Captured, CaptureReason.Captured, null, captured, now.AddMinutes(-2)));
            await db.SaveChangesAsync();
        }

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Admin);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Capture lookup" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why (not) captured?" })).ToBeVisibleAsync();

        await page.GetByLabel("Look up by").SelectOptionAsync(new SelectOptionValue { Label = "Sender" });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Sender" }).FillAsync("Lena@Lookup.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Region, new() { Name = "Decisions" }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("Mandate renewal");
        await Expect(rows.First).ToContainTextAsync(captured.ToString());
        await Expect(rows.Last).ToContainTextAsync("Skipped Private");
        await Expect(rows.Last).ToContainTextAsync("PR_SENSITIVITY is Private");
        await Screenshots.SaveAsync(page, "capture-lookup-by-sender");

        // The question is in the URL: a link from sync health or a colleague's message opens the same answer.
        await page.GotoAsync("/app/capture/decisions?by=messageId&q=" + Uri.EscapeDataString("<private-1@lookup.example>"));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Our family holiday");
    }

    [Fact]
    public async Task ARep_IsToldThePageIsForAdmins()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, fixture.Users.Rep);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Capture lookup" })).ToHaveCountAsync(0);
        await page.GotoAsync("/app/capture/decisions?by=sender&q=x%40y.example");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not available for your role" })).ToBeVisibleAsync();
    }
}
