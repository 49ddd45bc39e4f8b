using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Scorecards;

/// <summary>
/// Scorecards for 2019-Q2 (a period no other test writes into): confirmed outcomes only, by currency; pledges against
/// confirmations; mandates; follow-up timeliness; and the bonus with the ids behind every line (default formula:
/// 10 bp on confirmed assets, 50 CHF per on-time share point from five follow-ups due).
/// </summary>
public sealed class ScorecardsApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static DateTimeOffset At(int month, int day) => new(2019, month, day, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AManager_SeesTheirRepsScorecards_WithABonusThatNamesWhatItRestsOn()
    {
        var seeded = await SeedRitasQuarterAsync();

        using var manager = await host.As(host.Users.Manager);
        var body = await manager.GetFromJsonAsync<JsonElement>("/api/scorecards?period=2019-q2");
        Assert.Equal(("2019-Q2", "2019-04-01", "2019-06-30"), (body.GetProperty("period").GetString(), body.GetProperty("from").GetString(), body.GetProperty("to").GetString()));
        var cards = body.GetProperty("scorecards").EnumerateArray().ToList();
        Assert.Equal(["Otto Rep", "Rita Rep"], cards.Select(c => c.GetProperty("rep").GetString()).Order());
        var rita = cards.Single(c => c.GetProperty("rep").GetString() == "Rita Rep");

        var gathered = rita.GetProperty("assetsGathered").EnumerateArray()
            .Select(a => (a.GetProperty("currency").GetString(), a.GetProperty("amount").GetDecimal(),
                a.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList())).ToList();
        Assert.Equal(2, gathered.Count);
        Assert.Equal(("CHF", 100_000m), (gathered[0].Item1, gathered[0].Item2));
        Assert.Equal([seeded.ConfirmedPledge], gathered[0].Item3);
        Assert.Equal(("EUR", 20_000m), (gathered[1].Item1, gathered[1].Item2));
        Assert.Equal([seeded.ConfirmedDeposit], gathered[1].Item3);

        var pledge = rita.GetProperty("pledges").EnumerateArray().Single();
        Assert.Equal((2, 140_000m, 1, 100_000m), (pledge.GetProperty("pledged").GetInt32(), pledge.GetProperty("pledgedAmount").GetDecimal(),
            pledge.GetProperty("confirmed").GetInt32(), pledge.GetProperty("confirmedAmount").GetDecimal()));
        Assert.Equal([seeded.Mandate], rita.GetProperty("mandatesWon").GetProperty("outcomeIds").EnumerateArray().Select(i => i.GetGuid()));

        var followUps = rita.GetProperty("followUps");
        Assert.Equal((5, 2, 0.4m, 7.0m), (followUps.GetProperty("due").GetInt32(), followUps.GetProperty("onTime").GetInt32(),
            followUps.GetProperty("onTimeShare").GetDecimal(), followUps.GetProperty("medianDaysOverdue").GetDecimal()));
        Assert.Equal(seeded.FollowUps.Order(), followUps.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());

        var lines = rita.GetProperty("bonus").GetProperty("lines").EnumerateArray().ToList();
        var timeliness = lines.Single(l => l.GetProperty("component").GetString() == "follow-up-timeliness");
        Assert.Equal(("CHF", 40m, 2_000m), (timeliness.GetProperty("currency").GetString(), timeliness.GetProperty("basis").GetDecimal(), timeliness.GetProperty("amount").GetDecimal()));
        Assert.Equal(seeded.FollowUps.Order(), timeliness.GetProperty("followUpIds").EnumerateArray().Select(i => i.GetGuid()).Order());
        var onAssets = lines.Where(l => l.GetProperty("component").GetString() == "confirmed-assets")
            .ToDictionary(l => l.GetProperty("currency").GetString()!, l => (l.GetProperty("amount").GetDecimal(), l.GetProperty("outcomeIds")[0].GetGuid()));
        Assert.Equal((100m, seeded.ConfirmedPledge), onAssets["CHF"]);
        Assert.Equal((20m, seeded.ConfirmedDeposit), onAssets["EUR"]);
        Assert.Equal([("CHF", 2_100m), ("EUR", 20m)], rita.GetProperty("bonus").GetProperty("totals").EnumerateArray()
            .Select(t => (t.GetProperty("currency").GetString(), t.GetProperty("amount").GetDecimal())));

        // Cadence: Quentin (tier: every 30 days) was already overdue on 1 April and first contacted on 10 May.
        var cadence = rita.GetProperty("cadence");
        Assert.Equal((1, 0, 1, 0), (cadence.GetProperty("clients").GetInt32(), cadence.GetProperty("onCadence").GetInt32(),
            cadence.GetProperty("late").GetInt32(), cadence.GetProperty("tooOftenBreaches").GetInt32()));
        var lateClient = cadence.GetProperty("items").EnumerateArray().Single();
        Assert.Equal((seeded.Client, new DateTimeOffset(2019, 4, 1, 0, 0, 0, TimeSpan.Zero), At(5, 10)), (lateClient.GetProperty("partyId").GetGuid(),
            lateClient.GetProperty("fellDueAt").GetDateTimeOffset(), lateClient.GetProperty("contactedAt").GetDateTimeOffset()));

        var otto = cards.Single(c => c.GetProperty("rep").GetString() == "Otto Rep");
        Assert.Empty(otto.GetProperty("assetsGathered").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, otto.GetProperty("followUps").GetProperty("onTimeShare").ValueKind);

        using var csv = await manager.GetAsync("/api/scorecards/export?period=2019-Q2");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("period,rep_id,rep,team,assets_gathered,", rows[0], StringComparison.Ordinal);
        var ritaRow = rows.Single(r => r.Contains("Rita Rep", StringComparison.Ordinal));
        Assert.Contains("CHF 100000.00; EUR 20000.00", ritaRow, StringComparison.Ordinal);
        Assert.Contains("CHF 2100.00; EUR 20.00", ritaRow, StringComparison.Ordinal);
        Assert.Contains(seeded.ConfirmedPledge.ToString(), ritaRow, StringComparison.Ordinal);
        Assert.Contains("cadence_clients,cadence_on_cadence,cadence_share,cadence_late_party_ids,cadence_too_often_breaches", rows[0], StringComparison.Ordinal);
        Assert.Contains($",1,0,0.0000,{seeded.Client},0,", ritaRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARep_SeesOnlyTheirOwnScorecard_AndABadPeriodIsAProblemNamingIt()
    {
        using var rep = await host.As(host.Users.Rep);
        var mine = await rep.GetFromJsonAsync<JsonElement>("/api/me/scorecard?period=2019-05");
        Assert.Equal(("Rita Rep", "2019-05"), (mine.GetProperty("rep").GetString(), mine.GetProperty("period").GetString()));

        using var team = await rep.GetAsync("/api/scorecards?period=2019-Q2");
        Assert.Equal(HttpStatusCode.Forbidden, team.StatusCode);

        foreach (var bad in new[] { "2019-Q5", "2019-13", "last+quarter", "" })
        {
            using var response = await rep.GetAsync($"/api/me/scorecard?period={bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("period", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private sealed record Seeded(Guid Client, Guid ConfirmedPledge, Guid ConfirmedDeposit, Guid Mandate, IReadOnlyList<Guid> FollowUps);

    private async Task<Seeded> SeedRitasQuarterAsync()
    {
        var rita = host.Users.Rep.Id;
        var client = new Person("Quentin", "Quarter", PartyStatus.Client, At(1, 1));
        var monthly = new Tier($"Monthly {Guid.NewGuid():N}", 9, new CadencePolicy(30, 4, 30));
        client.AssignTier(monthly.Id);
        var call = Interaction.Log(Channel.PhoneCall, Direction.Outbound, At(5, 10), null, "call", null, rita, At(5, 10));
        call.AddParty(client.Id, ParticipantRole.To);
        await using var db = host.Database.NewDb();
        db.AddRange(monthly, call, CoverageAssignment.ForParty(client.Id, rita, CoverageRole.Primary, At(1, 1)));
        db.People.Add(client);
        await db.SaveChangesAsync();
        var line = await db.ReportingLineOfAsync(rita, default);

        Outcome Confirmed(OutcomeKind kind, decimal amount, string currency, DateOnly expected)
        {
            var o = Outcome.Report(kind, Money.Positive(amount, currency), expected, client.Id, null, rita, At(3, 1));
            o.Confirm(host.Users.Controller, line, "booked", At(7, 15));
            return o;
        }

        var pledge = Confirmed(OutcomeKind.AssetsPledged, 100_000m, "CHF", new DateOnly(2019, 5, 15));
        var deposit = Confirmed(OutcomeKind.AssetsDeposited, 20_000m, "EUR", new DateOnly(2019, 4, 20));
        var mandate = Confirmed(OutcomeKind.MandateWon, 1m, "CHF", new DateOnly(2019, 5, 1));
        var rejected = Outcome.Report(OutcomeKind.AssetsDeposited, Money.Positive(70_000m, "CHF"), new DateOnly(2019, 5, 5), client.Id, null, rita, At(3, 1));
        rejected.Reject(host.Users.Controller, line, "no such booking", null, At(7, 15));
        db.Outcomes.AddRange(pledge, deposit, mandate, rejected,
            Confirmed(OutcomeKind.AssetsDeposited, 500_000m, "CHF", new DateOnly(2019, 7, 2)), // next quarter
            Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(40_000m, "CHF"), new DateOnly(2019, 6, 10), client.Id, null, rita, At(3, 1)));

        FollowUp Due(DateTimeOffset due, DateTimeOffset? closed)
        {
            var f = FollowUp.SetByHand(client.Id, rita, "call back", due, At(3, 1));
            if (closed is { } at)
            {
                f.Complete(rita, "called", at);
            }

            return f;
        }

        List<FollowUp> inQuarter =
        [
            Due(At(4, 2), At(4, 1)),   // on time
            Due(At(4, 10), At(4, 10)), // on time (closed at the due time)
            Due(At(5, 1), At(5, 4)),   // 3 days late
            Due(At(6, 1), At(6, 8)),   // 7 days late
            Due(At(6, 20), null),      // still open: years late
        ];
        db.FollowUps.AddRange(inQuarter);
        db.FollowUps.Add(Due(At(7, 1), null)); // next quarter
        await db.SaveChangesAsync();
        return new Seeded(client.Id, pledge.Id, deposit.Id, mandate.Id, [.. inQuarter.Select(f => f.Id)]);
    }
}
