using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Scorecards;

/// <summary>Closing 2019-Q3 freezes its scorecards: a late confirmation does not change them; closing twice is a 409.</summary>
public sealed class PeriodCloseApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task AClosedPeriod_ServesFrozenFigures_IsAudited_AndClosesOnce()
    {
        var rita = host.Users.Rep.Id;
        var reported = new DateTimeOffset(2019, 7, 1, 9, 0, 0, TimeSpan.Zero);
        var client = new Person("Clara", "Closing", PartyStatus.Client, reported);
        var confirmed = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(30_000m, "CHF"), new DateOnly(2019, 8, 1), client.Id, null, rita, reported);
        var late = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(5_000m, "CHF"), new DateOnly(2019, 9, 1), client.Id, null, rita, reported);
        // Covered by Rita on a 30-day cadence and not contacted in the quarter: late when the period closes.
        var monthly = new Tier($"Monthly {Guid.NewGuid():N}", 9, new CadencePolicy(30, 4, 30));
        client.AssignTier(monthly.Id);
        await using (var db = host.Database.NewDb())
        {
            db.AddRange(monthly, CoverageAssignment.ForParty(client.Id, rita, CoverageRole.Primary, reported));
            db.People.Add(client);
            confirmed.Confirm(host.Users.Controller, await db.ReportingLineOfAsync(rita, default), "booked", reported.AddMonths(2));
            db.Outcomes.AddRange(confirmed, late);
            await db.SaveChangesAsync();
        }

        using var manager = await host.As(host.Users.Manager);
        using var rep = await host.As(host.Users.Rep);
        using var controller = await host.As(host.Users.Controller);
        using var managerMayNot = await manager.PostAsync("/api/scorecard-periods/2019-Q3/close", null);
        Assert.Equal(HttpStatusCode.Forbidden, managerMayNot.StatusCode);
        using var notEnded = await controller.PostAsync("/api/scorecard-periods/2099-Q1/close", null);
        Assert.Equal(HttpStatusCode.BadRequest, notEnded.StatusCode);

        using var close = await controller.PostAsync("/api/scorecard-periods/2019-q3/close", null);
        Assert.Equal(HttpStatusCode.Created, close.StatusCode);
        Assert.Equal("2019-Q3", (await close.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("period").GetString());

        // A controller confirms the other deposit after the close, and a call in the quarter is logged late: live both
        // would count, frozen they do not.
        await using (var db = host.Database.NewDb())
        {
            var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, reported.AddDays(20), null, "call", null, rita, DateTimeOffset.UtcNow);
            call.AddParty(client.Id, ParticipantRole.To);
            db.Add(call);
            var again = await db.Outcomes.SingleAsync(o => o.Id == late.Id);
            again.Confirm(host.Users.Controller, await db.ReportingLineOfAsync(rita, default), "booked late", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var team = await manager.GetFromJsonAsync<JsonElement>("/api/scorecards?period=2019-Q3");
        Assert.NotEqual(JsonValueKind.Null, team.GetProperty("closedAt").ValueKind);
        var card = team.GetProperty("scorecards").EnumerateArray().Single(c => c.GetProperty("rep").GetString() == "Rita Rep");
        Assert.Equal(30_000m, card.GetProperty("assetsGathered")[0].GetProperty("amount").GetDecimal());
        Assert.Equal([confirmed.Id], card.GetProperty("assetsGathered")[0].GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
        Assert.Equal((1, 1, client.Id), (card.GetProperty("cadence").GetProperty("clients").GetInt32(), card.GetProperty("cadence").GetProperty("late").GetInt32(),
            card.GetProperty("cadence").GetProperty("items")[0].GetProperty("partyId").GetGuid()));
        var mine = await rep.GetFromJsonAsync<JsonElement>("/api/me/scorecard?period=2019-Q3");
        Assert.Equal(30_000m, mine.GetProperty("assetsGathered")[0].GetProperty("amount").GetDecimal());
        Assert.Equal(30m, mine.GetProperty("bonus").GetProperty("totals")[0].GetProperty("amount").GetDecimal());

        using var twice = await controller.PostAsync("/api/scorecard-periods/2019-Q3/close", null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        await using (var db = host.Database.NewDb())
        {
            var audited = await db.AuditEntries.Where(a => a.EntityType == "ClosedPeriod" && a.EntityId == "2019-Q3" && a.ActorUserId == host.Users.Controller.Id).CountAsync();
            Assert.Equal(1, audited);
        }
    }
}
