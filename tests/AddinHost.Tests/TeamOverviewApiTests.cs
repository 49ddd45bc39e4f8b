using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.Interactions;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>The manager's view: overdue over time, cadence adherence by tier and coverage breaches, for the reps who report to them.</summary>
public sealed class TeamOverviewApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    [Fact]
    public async Task AManager_SeesOverdueWeekByWeek_AdherenceAndTooOftenByTier_AndBreachesByRep()
    {
        var now = DateTimeOffset.UtcNow;
        var tier = await book.TierAsync(new CadencePolicy(30, 4, 30));
        var onCadence = await book.PersonAsync("Ona", "Cadence", $"{ClientBook.Unique("o")}@team.example", p => p.AssignTier(tier.Id));
        var lapsed = await book.PersonAsync("Lars", "Lapsed", $"{ClientBook.Unique("l")}@team.example", p => p.AssignTier(tier.Id));
        await book.CoverAsync(onCadence.Id, host.Users.Rep.Id);
        await book.CoverAsync(lapsed.Id, host.Users.OtherRep.Id);
        await book.CallAsync(host.Users.Rep.Id, 5, "Recent", onCadence.Id);
        // No tier, its own cadence (at most 2 contacts a week), reached through a covered household, contacted 3 times.
        var household = await book.HouseholdAsync($"Household {ClientBook.Unique("h")}");
        await book.CoverHouseholdAsync(household.Id, host.Users.Rep.Id);
        var busy = await book.PersonAsync("Tom", "Often", $"{ClientBook.Unique("t")}@team.example", p =>
        {
            p.OverrideCadence(new CadencePolicy(30, 2, 7));
            p.JoinHousehold(household.Id);
        });
        foreach (var daysAgo in new[] { 1, 2, 3 })
        {
            await book.CallAsync(host.Users.OtherRep.Id, daysAgo, "Again", busy.Id);
        }

        var old = await book.CallAsync(host.Users.OtherRep.Id, 45, "Long ago", lapsed.Id);
        await using (var db = host.Database.NewDb())
        {
            db.FollowUps.Add(FollowUp.SetByHand(onCadence.Id, host.Users.Rep.Id, "Still open", now.AddDays(-10), now.AddDays(-20)));
            var closedLate = FollowUp.SetByHand(lapsed.Id, host.Users.OtherRep.Id, "Closed late", now.AddDays(-12), now.AddDays(-20));
            closedLate.Complete(host.Users.OtherRep.Id, "done", now.AddDays(-3));
            db.FollowUps.Add(closedLate);
            db.CoverageBreaches.Add(new CoverageBreach(old.Id, lapsed.Id, host.Users.OtherRep.Id, now.AddDays(-10), now.AddDays(-10)));
            await db.SaveChangesAsync();
        }

        using var manager = await host.As(host.Users.Manager);
        var overview = await manager.GetFromJsonAsync<JsonElement>("/api/team/overview");

        Assert.Equal(2, overview.GetProperty("reps").GetInt32());
        var weeks = overview.GetProperty("overdueByWeek").EnumerateArray().Select(w => w.GetProperty("overdue").GetInt32()).ToList();
        Assert.Equal(8, weeks.Count);
        Assert.Equal([0, 2, 1], weeks[^3..]);
        var gold = overview.GetProperty("cadenceByTier").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == tier.Name);
        Assert.Equal((2, 1, 0), (gold.GetProperty("clients").GetInt32(), gold.GetProperty("onCadence").GetInt32(), gold.GetProperty("tooOften").GetInt32()));
        var own = overview.GetProperty("cadenceByTier").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "Own cadence");
        Assert.Equal((1, 1, 1), (own.GetProperty("clients").GetInt32(), own.GetProperty("onCadence").GetInt32(), own.GetProperty("tooOften").GetInt32()));
        var first = overview.GetProperty("breachesByRep").EnumerateArray().First();
        Assert.Equal((host.Users.OtherRep.Id, 1, 1), (first.GetProperty("repId").GetGuid(), first.GetProperty("breaches").GetInt32(), first.GetProperty("unreviewed").GetInt32()));
    }

    [Fact]
    public async Task ARep_IsRefused()
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.GetAsync("/api/team/overview");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
