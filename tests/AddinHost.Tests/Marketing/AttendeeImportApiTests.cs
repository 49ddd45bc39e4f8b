using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Tests.Imports;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Marketing;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Marketing;

/// <summary>An attendee list uploaded by a manager over HTTP: 202, then Succeeded with the tags; a dry run first; a rep is refused.</summary>
public sealed class AttendeeImportApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task AManager_ChecksThenImportsAnAttendeeList_TheClientsAreTagged_ARepIsRefused()
    {
        var now = DateTimeOffset.UtcNow;
        var alma = new Person("Alma", "Attendee", PartyStatus.Client, now.AddYears(-1));
        var night = new Initiative(InitiativeKind.Event, "Museum night " + Guid.NewGuid().ToString("N")[..6], Money.Of(8_000m, "CHF"),
            DateOnly.FromDateTime(now.AddDays(-3).UtcDateTime), null);
        await using (var db = host.Database.NewDb())
        {
            db.AddRange(alma, night);
            await db.SaveChangesAsync();
        }

        var csv = $"party_id,attended,note\n{alma.Id},yes,brought a guest\n";
        using var manager = await host.As(host.Users.Manager);
        using var dry = await UploadAsync(manager, night.Id, csv, dryRun: true);
        Assert.Equal(HttpStatusCode.Accepted, dry.StatusCode);
        var checkedImport = await FinishedImport.WaitAsync(manager, dry.Headers.Location!.ToString());
        Assert.Equal("Checked", checkedImport.GetProperty("status").GetString());
        Assert.Equal("tag", checkedImport.GetProperty("plan")[0].GetProperty("action").GetString());

        using var upload = await UploadAsync(manager, night.Id, csv, dryRun: false);
        Assert.StartsWith($"/api/initiatives/{night.Id}/attendee-imports/", upload.Headers.Location!.ToString(), StringComparison.Ordinal);
        var done = await FinishedImport.WaitAsync(manager, upload.Headers.Location!.ToString());
        Assert.Equal(("Succeeded", 1), (done.GetProperty("status").GetString(), done.GetProperty("created").GetInt32()));
        await using (var db = host.Database.NewDb())
        {
            Assert.True(await db.PartyInitiatives.AnyAsync(t => t.PartyId == alma.Id && t.InitiativeId == night.Id && t.TaggedById == host.Users.Manager.Id));
        }

        var history = await manager.GetFromJsonAsync<JsonElement>($"/api/initiatives/{night.Id}/attendee-imports");
        Assert.Equal(2, history.GetArrayLength());

        using var unknown = await UploadAsync(manager, Guid.NewGuid(), csv, dryRun: false);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var rep = await host.As(host.Users.Rep);
        using var refused = await UploadAsync(rep, night.Id, csv, dryRun: false);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid initiativeId, string csv, bool dryRun) =>
        client.PostAsync($"/api/initiatives/{initiativeId}/attendees?fileName=attendees.csv&dryRun={(dryRun ? "true" : "false")}",
            new StringContent(csv, Encoding.UTF8, "text/csv"));
}
