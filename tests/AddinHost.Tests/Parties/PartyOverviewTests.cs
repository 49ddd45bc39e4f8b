using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Parties;

/// <summary>A party's page: the pane's view of it with a longer timeline, and every contact detail, through the access rule.</summary>
public sealed class PartyOverviewTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    [Fact]
    public async Task AClientsPage_HasItsContactDetails_Coverage_AndMoreThanThePanesTenLatestContacts()
    {
        var address = $"{ClientBook.Unique("o")}@overview.example";
        var client = await book.PersonAsync("Olga", "Overview", address, p =>
        {
            p.AddPhone("+41 44 111 22 33", PhoneKind.Mobile);
            p.AddAddress(AddressKind.Mailing, ["Bahnhofstrasse 1"], "Zürich", null, "8001", "CH");
            p.AddAddress(AddressKind.Billing, ["Postfach 99"], "Zürich", null, "8021", "CH");
        });
        await book.CoverAsync(client.Id, host.Users.Rep.Id);
        for (var day = 1; day <= 12; day++)
        {
            await book.CallAsync(host.Users.Rep.Id, day, $"Call {day}", client.Id);
        }

        using var rep = await host.As(host.Users.Rep);
        var overview = await rep.GetFromJsonAsync<JsonElement>($"/api/parties/{client.Id}/overview");

        var party = overview.GetProperty("party");
        Assert.Equal("Olga Overview", party.GetProperty("displayName").GetString());
        Assert.True(party.GetProperty("coverage").GetProperty("viewerIsAdviser").GetBoolean());
        Assert.Equal(12, party.GetProperty("interactions").GetArrayLength());
        Assert.Equal("Call 1", party.GetProperty("interactions")[0].GetProperty("subject").GetString());
        Assert.Equal([address], overview.GetProperty("emails").EnumerateArray().Select(e => e.GetProperty("address").GetString()));
        Assert.Equal(["+41 44 111 22 33"], overview.GetProperty("phones").EnumerateArray().Select(e => e.GetProperty("number").GetString()));
        Assert.Equal([("Mailing", "8001"), ("Billing", "8021")], overview.GetProperty("addresses").EnumerateArray()
            .Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("postcode").GetString())));
    }

    [Fact]
    public async Task ARestrictedClient_IsNotFoundByAColleague_AndAMergedDuplicateOpensItsSurvivor()
    {
        var vip = await book.PersonAsync("Vito", "Private", $"{ClientBook.Unique("v")}@overview.example", p => p.Restrict());
        await book.CoverAsync(vip.Id, host.Users.Rep.Id);
        var duplicate = await book.PersonAsync("Vito", "Private", $"{ClientBook.Unique("d")}@overview.example", p => p.MarkMergedInto(vip.Id));

        using var colleague = await host.As(host.Users.OtherRep);
        using var hidden = await colleague.GetAsync($"/api/parties/{vip.Id}/overview");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using var unknown = await colleague.GetAsync($"/api/parties/{Guid.NewGuid()}/overview");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var adviser = await host.As(host.Users.Rep);
        var survivor = await adviser.GetFromJsonAsync<JsonElement>($"/api/parties/{duplicate.Id}/overview");
        Assert.Equal(vip.Id, survivor.GetProperty("party").GetProperty("id").GetGuid());
    }
}
