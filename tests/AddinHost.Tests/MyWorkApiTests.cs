using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>A rep's own follow-ups (overdue first, only theirs) and the cadence of the clients they cover.</summary>
public sealed class MyWorkApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    [Fact]
    public async Task MyFollowUps_AreMineOnly_OverdueFirst()
    {
        var client = await book.PersonAsync("Fay", "Follow", $"{ClientBook.Unique("fay")}@fu.example");
        await book.CoverAsync(client.Id, host.Users.Rep.Id);
        var later = await book.FollowUpAsync(client.Id, host.Users.Rep.Id, "Send the factsheet", dueInDays: 5);
        var overdue = await book.FollowUpAsync(client.Id, host.Users.Rep.Id, "Call back about the pledge", dueInDays: -2);
        var older = await book.FollowUpAsync(client.Id, host.Users.Rep.Id, "Return the signed form", dueInDays: -9);
        var notMine = await book.FollowUpAsync(client.Id, host.Users.OtherRep.Id, "Someone else's", dueInDays: -20);

        using var rep = await host.As(host.Users.Rep);
        var items = await rep.GetFromJsonAsync<JsonElement[]>("/api/me/follow-ups");
        var ids = items!.Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.DoesNotContain(notMine.Id, ids);
        var mine = ids.Where(id => id == later.Id || id == overdue.Id || id == older.Id).ToList();
        Assert.Equal([older.Id, overdue.Id, later.Id], mine);
        var first = items!.Single(i => i.GetProperty("id").GetGuid() == older.Id);
        Assert.True(first.GetProperty("overdue").GetBoolean());
        Assert.Equal(client.DisplayName, first.GetProperty("partyName").GetString());
    }

    [Fact]
    public async Task MyNextSalesCalls_AreMyComingMeetingsAndCalls_SoonestFirst_WithTheirClients()
    {
        var client = await book.PersonAsync("Nico", "Next", $"{ClientBook.Unique("nico")}@next.example");
        var later = await book.CallAsync(host.Users.Rep.Id, -6, "Quarterly review call", client.Id);
        var sooner = await book.CallAsync(host.Users.Rep.Id, -1.5, "Pledge follow-up call", client.Id);
        var past = await book.CallAsync(host.Users.Rep.Id, 1, "Yesterday's call", client.Id);
        var colleagues = await book.CallAsync(host.Users.OtherRep.Id, -1, "A colleague's call", client.Id);

        using var rep = await host.As(host.Users.Rep);
        var items = await rep.GetFromJsonAsync<JsonElement[]>("/api/me/upcoming");

        var ids = items!.Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([sooner.Id, later.Id], ids.Where(id => id == sooner.Id || id == later.Id));
        Assert.DoesNotContain(past.Id, ids);
        Assert.DoesNotContain(colleagues.Id, ids);
        var next = items!.Single(i => i.GetProperty("id").GetGuid() == sooner.Id);
        Assert.Equal(("PhoneCall", "Nico Next"), (next.GetProperty("channel").GetString(), next.GetProperty("clients")[0].GetProperty("name").GetString()));
    }

    [Fact]
    public async Task MyClientsCadence_ListsTheClientsICover_WithTooRarelyAndTooOften()
    {
        var tier = await book.TierAsync(new CadencePolicy(30, 2, 30));
        var quiet = await book.PersonAsync("Quinn", "Quiet", $"{ClientBook.Unique("q")}@cad.example", p => p.AssignTier(tier.Id));
        var busy = await book.PersonAsync("Bo", "Busy", $"{ClientBook.Unique("b")}@cad.example", p => p.AssignTier(tier.Id));
        var household = await book.HouseholdAsync(ClientBook.Unique("Hh-"));
        var member = await book.PersonAsync("Hal", "Household", $"{ClientBook.Unique("h")}@cad.example", p => p.JoinHousehold(household.Id));
        var stranger = await book.PersonAsync("Sid", "Stranger", $"{ClientBook.Unique("s")}@cad.example");
        await book.CoverAsync(quiet.Id, host.Users.Rep.Id);
        await book.CoverAsync(busy.Id, host.Users.Rep.Id);
        await book.CoverHouseholdAsync(household.Id, host.Users.Rep.Id);
        await book.CoverAsync(stranger.Id, host.Users.OtherRep.Id);
        await book.CallAsync(host.Users.OtherRep.Id, 45, "Long ago", quiet.Id);
        foreach (var daysAgo in new[] { 1.0, 3, 5 })
        {
            await book.CallAsync(host.Users.OtherRep.Id, daysAgo, "Again", busy.Id);
        }

        using var rep = await host.As(host.Users.Rep);
        var clients = (await rep.GetFromJsonAsync<JsonElement[]>("/api/me/clients/cadence"))!
            .ToDictionary(c => c.GetProperty("partyId").GetGuid(), c => c.GetProperty("cadence"));

        Assert.True(clients[quiet.Id].GetProperty("overdue").GetBoolean());
        Assert.True(clients[busy.Id].GetProperty("tooOften").GetBoolean());
        Assert.Equal(3, clients[busy.Id].GetProperty("contactsInWindow").GetInt32());
        Assert.True(clients.ContainsKey(member.Id), "a member of a household I cover is my client");
        Assert.False(clients.ContainsKey(stranger.Id));
    }

    [Fact]
    public async Task AController_HasNoBookOfClients()
    {
        using var controller = await host.As(host.Users.Controller);
        using var response = await controller.GetAsync("/api/me/clients/cadence");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
