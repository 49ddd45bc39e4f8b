using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.Domain.Clients;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Parties;

/// <summary>`PUT /api/parties/{id}`: an edit is applied whole or not at all, is audited row by row, and a stale page cannot overwrite a newer edit.</summary>
public sealed class PartyEditTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    [Fact]
    public async Task AnEdit_RenamesAndChangesContactDetails_KeepsACorrectedAddressId_AndShowsInTheHistory()
    {
        var (client, old) = await ClientAsync();
        using var rep = await host.As(host.Users.Rep);
        var before = await rep.GetFromJsonAsync<JsonObject>($"/api/parties/{client.Id}/overview");
        var mailingId = before!["addresses"]![0]!["id"]!.GetValue<Guid>();
        var added = $"{ClientBook.Unique("new")}@edit.example";

        var edit = EditOf(before);
        edit["familyName"] = "Edited-Smith";
        edit["status"] = "Former";
        edit["emails"] = new JsonArray(Email(old, "Work"), Email(added, "Personal", primary: true));
        edit["phones"] = new JsonArray(new JsonObject { ["number"] = "+44 20 7946 0001", ["kind"] = "Work" });
        var mailing = (JsonObject)edit["addresses"]![0]!;
        mailing["line1"] = "2 New Street";
        ((JsonArray)edit["addresses"]!).Add(Address(null, "Billing", "PO Box 7", "GB"));

        using var response = await rep.PutAsJsonAsync($"/api/parties/{client.Id}", edit);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var after = await rep.GetFromJsonAsync<JsonElement>($"/api/parties/{client.Id}/overview");
        Assert.Equal("Erin Edited-Smith", after.GetProperty("party").GetProperty("displayName").GetString());
        Assert.Equal("Former", after.GetProperty("party").GetProperty("status").GetString());
        Assert.Equal([(added, true), (old, false)], after.GetProperty("emails").EnumerateArray()
            .Select(e => (e.GetProperty("address").GetString(), e.GetProperty("isPrimary").GetBoolean())));
        Assert.Equal(["+44 20 7946 0001"], after.GetProperty("phones").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
        var addresses = after.GetProperty("addresses").EnumerateArray().ToList();
        Assert.Equal((mailingId, "2 New Street"), (addresses[0].GetProperty("id").GetGuid(), addresses[0].GetProperty("line1").GetString()));
        Assert.Equal("PO Box 7", addresses[1].GetProperty("line1").GetString());
        Assert.NotEqual(before["version"]!.GetValue<uint>(), after.GetProperty("version").GetUInt32());

        // Each changed row is in the party's history under the editor's name: the rename, the emails, the phone, the addresses.
        var history = await rep.GetFromJsonAsync<JsonElement>($"/api/parties/{client.Id}/history");
        var changes = history.EnumerateArray().Where(c => c.GetProperty("actorName").GetString() == host.Users.Rep.DisplayName)
            .Select(c => (c.GetProperty("action").GetString(), c.GetProperty("entityType").GetString())).ToList();
        Assert.Contains(("Updated", "Person"), changes);
        Assert.Contains(("Created", "EmailAddress"), changes);
        Assert.Contains(("Deleted", "Phone"), changes);
        Assert.Contains(("Created", "Phone"), changes);
        Assert.Contains(("Updated", "PostalAddress"), changes);
        Assert.Contains(("Created", "PostalAddress"), changes);
    }

    [Fact]
    public async Task BadValues_AreEachReportedByTheirPath_AndNothingChanges()
    {
        var (client, old) = await ClientAsync();
        using var rep = await host.As(host.Users.Rep);
        var before = await rep.GetFromJsonAsync<JsonObject>($"/api/parties/{client.Id}/overview");
        var edit = EditOf(before!);
        edit["familyName"] = " ";
        edit["emails"] = new JsonArray(Email(old, "Work"), Email("not-an-address", "Work"), Email(old.ToUpperInvariant(), "Personal"));
        edit["phones"] = new JsonArray(new JsonObject { ["number"] = "call me", ["kind"] = "Mobile" });
        ((JsonObject)edit["addresses"]![0]!)["countryCode"] = "Narnia";
        ((JsonArray)edit["addresses"]!).Add(Address(null, "Billing", "", "GB"));

        using var response = await rep.PutAsJsonAsync($"/api/parties/{client.Id}", edit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["addresses[0].countryCode", "addresses[1].line1", "emails[1].address", "emails[2].address", "familyName", "phones[0].number"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var after = await rep.GetFromJsonAsync<JsonObject>($"/api/parties/{client.Id}/overview");
        Assert.Equal(before!.ToJsonString(), after!.ToJsonString());
    }

    [Fact]
    public async Task AnEditFromAStalePage_IsAConflict_EvenWhenItOnlyTouchesContactDetails()
    {
        var (client, old) = await ClientAsync();
        using var rep = await host.As(host.Users.Rep);
        var page = await rep.GetFromJsonAsync<JsonObject>($"/api/parties/{client.Id}/overview");
        var first = EditOf(page!);
        first["familyName"] = "First";
        using (var ok = await rep.PutAsJsonAsync($"/api/parties/{client.Id}", first))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var stale = EditOf(page!);
        stale["emails"] = new JsonArray(Email(old, "Work"), Email($"{ClientBook.Unique("late")}@edit.example", "Work"));
        using var conflict = await rep.PutAsJsonAsync($"/api/parties/{client.Id}", stale);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var now = await rep.GetFromJsonAsync<JsonElement>($"/api/parties/{client.Id}/overview");
        Assert.Equal("Erin First", now.GetProperty("party").GetProperty("displayName").GetString());
        Assert.Equal([old], now.GetProperty("emails").EnumerateArray().Select(e => e.GetProperty("address").GetString()));
    }

    [Fact]
    public async Task OnlyThoseWhoMaySeeAClient_MayEditIt_AndControllersEditNoClients()
    {
        var (client, _) = await ClientAsync(restricted: true);
        using var adviser = await host.As(host.Users.Rep);
        var edit = EditOf((await adviser.GetFromJsonAsync<JsonObject>($"/api/parties/{client.Id}/overview"))!);

        using var colleague = await host.As(host.Users.OtherRep);
        using var hidden = await colleague.PutAsJsonAsync($"/api/parties/{client.Id}", edit);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using var controller = await host.As(host.Users.Controller);
        using var refused = await controller.PutAsJsonAsync($"/api/parties/{client.Id}", edit);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var history = await colleague.GetAsync($"/api/parties/{client.Id}/history");
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
    }

    private async Task<(Person Client, string Email)> ClientAsync(bool restricted = false)
    {
        var email = $"{ClientBook.Unique("erin")}@edit.example";
        var client = await book.PersonAsync("Erin", "Smith", email, p =>
        {
            p.AddPhone("+44 20 7946 0000", PhoneKind.Mobile);
            p.AddAddress(AddressKind.Mailing, ["1 Old Street"], "London", null, "EC1V 9HL", "GB");
            if (restricted)
            {
                p.Restrict();
            }
        });
        await book.CoverAsync(client.Id, host.Users.Rep.Id);
        return (client, email);
    }

    /// <summary>The edit request a party page would send unchanged.</summary>
    private static JsonObject EditOf(JsonObject overview) => new()
    {
        ["version"] = overview["version"]!.DeepClone(),
        ["status"] = overview["party"]!["status"]!.DeepClone(),
        ["givenName"] = overview["givenName"]!.DeepClone(),
        ["familyName"] = overview["familyName"]!.DeepClone(),
        ["emails"] = overview["emails"]!.DeepClone(),
        ["phones"] = overview["phones"]!.DeepClone(),
        ["addresses"] = overview["addresses"]!.DeepClone(),
    };

    private static JsonObject Email(string address, string kind, bool primary = false) =>
        new() { ["address"] = address, ["kind"] = kind, ["isPrimary"] = primary };

    private static JsonObject Address(Guid? id, string kind, string line1, string country) => new()
    {
        ["id"] = id is null ? null : JsonValue.Create(id.Value),
        ["kind"] = kind,
        ["line1"] = line1,
        ["city"] = "London",
        ["postcode"] = "EC1A 1AA",
        ["countryCode"] = country,
    };
}
