using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Tests.Imports;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Outcomes;

/// <summary>The controller's queue: uploaded bookings proposed for reported outcomes, confirmed or rejected, audited.</summary>
public sealed class ConfirmationsApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateOnly Expected = new(2025, 9, 30);

    [Fact]
    public async Task TheQueue_ProposesTheUploadedBooking_AndConfirmingItMakesItTheEvidence_Audited()
    {
        var person = await PersonAsync();
        var outcome = await ReportAsync(person.Id, host.Users.Rep.Id, 400_000m);
        using var controller = await host.As(host.Users.Controller);
        var bookingId = await UploadAsync(controller, $"ACC-{person.Id:N},{person.Id},,2025-10-03,399000,CHF,TransferIn\n");

        var item = await QueueItemAsync(controller, outcome.Id);
        Assert.True(item.GetProperty("canDecide").GetBoolean());
        Assert.Equal("Rita Rep", item.GetProperty("reportedBy").GetString());
        var proposal = item.GetProperty("proposal");
        Assert.Equal((bookingId, 1_000m, 3), (proposal.GetProperty("bookingId").GetGuid(), proposal.GetProperty("amountGap").GetDecimal(), proposal.GetProperty("dayGap").GetInt32()));

        using var confirm = await controller.PostAsJsonAsync($"/api/outcomes/{outcome.Id}/confirm", new { bookingId, evidence = "matches the transfer" });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var confirmed = await confirm.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Confirmed", bookingId), (confirmed.GetProperty("status").GetString(), confirmed.GetProperty("evidenceBookingId").GetGuid()));
        Assert.Contains("TransferIn 399000.00 CHF (matches the transfer)", confirmed.GetProperty("evidence").GetString());

        await using var db = host.Database.NewDb();
        var audit = await db.AuditEntries.Where(a => a.EntityId == outcome.Id.ToString() && a.Action == "Updated").SingleAsync();
        Assert.Equal(host.Users.Controller.Id, audit.ActorUserId);
        Assert.Contains(bookingId.ToString(), audit.After);
        Assert.DoesNotContain(await QueueAsync(controller), i => i.GetProperty("outcomeId").GetGuid() == outcome.Id);
    }

    [Fact]
    public async Task Reject_NeedsAReason_AndIsAudited()
    {
        var outcome = await ReportAsync((await PersonAsync()).Id, host.Users.Rep.Id, 5_000m);
        using var controller = await host.As(host.Users.Controller);

        using var noReason = await controller.PostAsJsonAsync($"/api/outcomes/{outcome.Id}/reject", new { evidence = "nothing booked" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var rejected = await controller.PostAsJsonAsync($"/api/outcomes/{outcome.Id}/reject", new { reason = "No money arrived by the end of the window." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        await using var db = host.Database.NewDb();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == outcome.Id.ToString() && a.Action == "Updated");
        Assert.Contains("No money arrived", audit.After);
    }

    [Fact]
    public async Task AnOutcomeReportedInTheControllersOwnLine_IsListedButCannotBeDecided()
    {
        var juniorRep = new FirmUser(Guid.NewGuid(), "Junior Rep", $"junior.{Guid.NewGuid():N}@northbridge.example", "Europe/Zurich", FirmRole.Rep, RepSpecialty.WealthAdviser);
        juniorRep.ReportTo(host.Users.Controller.Id);
        await using (var db = host.Database.NewDb())
        {
            db.FirmUsers.Add(juniorRep);
            await db.SaveChangesAsync();
        }

        var outcome = await ReportAsync((await PersonAsync()).Id, juniorRep.Id, 10_000m);
        using var controller = await host.As(host.Users.Controller);

        var item = await QueueItemAsync(controller, outcome.Id);
        Assert.False(item.GetProperty("canDecide").GetBoolean());
        Assert.Contains("reporting line", item.GetProperty("whyNot").GetString());
        using var confirm = await controller.PostAsJsonAsync($"/api/outcomes/{outcome.Id}/confirm", new { evidence = "self-serving" });
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
    }

    [Fact]
    public async Task Confirm_WithABookingOnSomeoneElsesAccount_IsAProblemNamingIt()
    {
        var outcome = await ReportAsync((await PersonAsync()).Id, host.Users.Rep.Id, 8_000m);
        var stranger = await PersonAsync();
        using var controller = await host.As(host.Users.Controller);
        var bookingId = await UploadAsync(controller, $"ACC-{stranger.Id:N},{stranger.Id},,2025-09-30,8000,CHF,Deposit\n");

        using var confirm = await controller.PostAsJsonAsync($"/api/outcomes/{outcome.Id}/confirm", new { bookingId });

        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        var problem = await confirm.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not on the client's", problem.GetProperty("errors").GetProperty("bookingId")[0].GetString());
    }

    private static async Task<List<JsonElement>> QueueAsync(HttpClient controller) =>
        [.. (await controller.GetFromJsonAsync<JsonElement>("/api/confirmations")).GetProperty("items").EnumerateArray()];

    private static async Task<JsonElement> QueueItemAsync(HttpClient controller, Guid outcomeId) =>
        (await QueueAsync(controller)).Single(i => i.GetProperty("outcomeId").GetGuid() == outcomeId);

    /// <summary>Uploads one booking through the real import and returns its id.</summary>
    private async Task<Guid> UploadAsync(HttpClient controller, string row)
    {
        using var response = await controller.PostAsync("/api/imports/booked-activity?fileName=b.csv",
            new StringContent("account,party_id,household_id,booking_date,amount,currency,type\n" + row, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var import = await FinishedImport.WaitAsync(controller, response.Headers.Location!.ToString());
        Assert.Equal("Succeeded", import.GetProperty("status").GetString());
        var importId = import.GetProperty("id").GetGuid();
        await using var db = host.Database.NewDb();
        return await db.BookedActivities.Where(b => b.ImportId == importId).Select(b => b.Id).SingleAsync();
    }

    private async Task<Person> PersonAsync()
    {
        var person = new Person("Clara", "Client", PartyStatus.Client, DateTimeOffset.UtcNow);
        await using var db = host.Database.NewDb();
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    private async Task<Outcome> ReportAsync(Guid partyId, Guid repId, decimal amount)
    {
        var outcome = Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(amount, "CHF"), Expected, partyId, null, repId, DateTimeOffset.UtcNow);
        await using var db = host.Database.NewDb();
        db.Outcomes.Add(outcome);
        await db.SaveChangesAsync();
        return outcome;
    }
}
