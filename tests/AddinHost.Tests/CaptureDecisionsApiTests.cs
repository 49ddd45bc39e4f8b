using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.Domain.Capture;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>"What happened to this email?" answered from the capture worker's decisions.</summary>
public sealed class CaptureDecisionsApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Decisions_AreFoundBySenderAndByMessageId_WithTheMailboxAndReason()
    {
        await using (var db = host.Database.NewDb())
        {
            var at = DateTimeOffset.UtcNow;
            db.CaptureDecisions.AddRange(
                new CaptureDecision(host.Users.Rep.Id, MailboxStream.Inbox, "AAMk-1", "<a1@client.example>", "anna@client.example",
                    "Portfolio review", CaptureOutcome.Skipped, CaptureReason.Private, "PR_SENSITIVITY 2", null, at),
                new CaptureDecision(host.Users.OtherRep.Id, MailboxStream.Inbox, "AAMk-2", "<b2@news.example>", "news@news.example",
                    "Weekly markets", CaptureOutcome.Skipped, CaptureReason.Bulk, "List-Unsubscribe", null, at));
            await db.SaveChangesAsync();
        }

        using var admin = await host.As(host.Users.Admin);
        var bySender = await admin.GetFromJsonAsync<JsonElement[]>("/api/capture/decisions?sender=ANNA@client.example");
        var found = Assert.Single(bySender!);
        Assert.Equal("Private", found.GetProperty("reason").GetString());
        Assert.Equal(host.Users.Rep.Email, found.GetProperty("mailbox").GetString());

        var byId = await admin.GetFromJsonAsync<JsonElement[]>("/api/capture/decisions?internetMessageId=%3Cb2@news.example%3E");
        Assert.Equal("Bulk", Assert.Single(byId!).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Decisions_WithoutAnyFilter_Is400NamingTheField()
    {
        using var admin = await host.As(host.Users.Admin);
        using var response = await admin.GetAsync("/api/capture/decisions");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("internetMessageId", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
