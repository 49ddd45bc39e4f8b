using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.Outcomes;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Outcomes;

/// <summary>The weighted pledge forecast: open pledges by expected month, weighted by the rep's confirmation rate.</summary>
public sealed class ForecastApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task AManager_SeesTheirRepsOpenPledgesByMonth_WeightedByHowOftenTheirPledgesWereConfirmed()
    {
        var now = DateTimeOffset.UtcNow;
        var thisMonth = new DateOnly(now.Year, now.Month, 1);
        var client = new Person("Fiona", "Forecast", PartyStatus.Client, now.AddYears(-1));
        await using (var db = host.Database.NewDb())
        {
            db.People.Add(client);
            await db.SaveChangesAsync();
            // Rita's last year: four pledges confirmed, one rejected → 80 %.
            var line = await db.ReportingLineOfAsync(host.Users.Rep.Id, default);
            for (var i = 0; i < 5; i++)
            {
                var decided = Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(1_000m, "CHF"), null, client.Id, null, host.Users.Rep.Id, now.AddDays(-60));
                if (i < 4)
                {
                    decided.Confirm(host.Users.Controller, line, "booked", now.AddDays(-30));
                }
                else
                {
                    decided.Reject(host.Users.Controller, line, "never arrived", null, now.AddDays(-30));
                }

                db.Outcomes.Add(decided);
            }

            db.Outcomes.AddRange(
                Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(100_000m, "CHF"), thisMonth.AddMonths(1).AddDays(4), client.Id, null, host.Users.Rep.Id, now),
                Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(50_000m, "CHF"), thisMonth.AddMonths(1).AddDays(20), client.Id, null, host.Users.Rep.Id, now),
                Outcome.Report(OutcomeKind.AssetsPledged, Money.Positive(10_000m, "CHF"), thisMonth.AddMonths(9), client.Id, null, host.Users.Rep.Id, now),
                Outcome.Report(OutcomeKind.MandateWon, Money.Positive(10_000m, "CHF"), thisMonth.AddMonths(1), client.Id, null, host.Users.Rep.Id, now));
            await db.SaveChangesAsync();
        }

        using var manager = await host.As(host.Users.Manager);
        var forecast = await manager.GetFromJsonAsync<JsonElement>("/api/forecast/pledges?months=6");

        var row = forecast.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("rep").GetString() == "Rita Rep");
        Assert.Equal($"{thisMonth.AddMonths(1):yyyy-MM}", row.GetProperty("month").GetString());
        Assert.Equal((2, 150_000m, 0.8m, 120_000m, "Private Clients Zurich"), (row.GetProperty("pledges").GetInt32(), row.GetProperty("pledged").GetDecimal(),
            row.GetProperty("rate").GetDecimal(), row.GetProperty("weighted").GetDecimal(), row.GetProperty("team").GetString()));

        // The team's row and the totals are the sums of the rep rows (here Rita's and whatever other tests left for Otto).
        var rows = forecast.GetProperty("rows").EnumerateArray().ToList();
        var team = forecast.GetProperty("teams").EnumerateArray()
            .Single(t => t.GetProperty("team").GetString() == "Private Clients Zurich" && t.GetProperty("month").GetString() == row.GetProperty("month").GetString()
                && t.GetProperty("currency").GetString() == "CHF");
        var teamRows = rows.Where(r => r.GetProperty("team").GetString() == "Private Clients Zurich" && r.GetProperty("month").GetString() == row.GetProperty("month").GetString()
            && r.GetProperty("currency").GetString() == "CHF").ToList();
        Assert.Equal(teamRows.Sum(r => r.GetProperty("weighted").GetDecimal()), team.GetProperty("weighted").GetDecimal());
        Assert.Contains(host.Users.Rep.Id, team.GetProperty("repIds").EnumerateArray().Select(i => i.GetGuid()));
        var chf = forecast.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("currency").GetString() == "CHF");
        Assert.Equal(rows.Where(r => r.GetProperty("currency").GetString() == "CHF").Sum(r => r.GetProperty("pledged").GetDecimal()), chf.GetProperty("pledged").GetDecimal());
        Assert.True(chf.GetProperty("weighted").GetDecimal() >= 120_000m);

        using var rep = await host.As(host.Users.Rep);
        using var refused = await rep.GetAsync("/api/forecast/pledges");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var tooLong = await manager.GetAsync("/api/forecast/pledges?months=99");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
