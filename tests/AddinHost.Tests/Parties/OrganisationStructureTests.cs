using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Parties;

/// <summary>An organisation's structure: offices, departments and where they sit, people and whom they report to, through the access rule.</summary>
public sealed class OrganisationStructureTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task TheStructure_SaysWhereEachDepartmentSits_AndWhoReportsToWhom_WithoutPeopleTheViewerMayNotSee()
    {
        var firm = await OrgChartFirm.SeedAsync(host.Database, "Rheinblick Chemie AG", host.Users.OtherRep.Id);
        using var rep = await host.As(host.Users.Rep);

        var structure = await rep.GetFromJsonAsync<JsonElement>($"/api/organisations/{firm.Organisation.Id}/structure");

        var offices = structure.GetProperty("offices").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetGuid(), o => o.GetProperty("name").GetString());
        var payables = structure.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "Accounts Payable");
        Assert.Equal("Basel office", offices[payables.GetProperty("officeId").GetGuid()]);
        var people = structure.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(["Helena Vogt", "Marc Keller", "Sara Frei"], people.Select(p => p.GetProperty("displayName").GetString()));
        Assert.Equal(firm.Cfo.Id, people.Single(p => p.GetProperty("displayName").GetString() == "Sara Frei").GetProperty("reportsToId").GetGuid());
        Assert.Equal(("Buyer", 70), (people[1].GetProperty("role").GetString(), people[1].GetProperty("influence").GetInt32()));

        using var adviser = await host.As(host.Users.OtherRep);
        var seenByAdviser = await adviser.GetFromJsonAsync<JsonElement>($"/api/organisations/{firm.Organisation.Id}/structure");
        Assert.Equal(4, seenByAdviser.GetProperty("people").GetArrayLength());
    }

    [Fact]
    public async Task APersonOrAnUnknownId_IsNotAnOrganisation()
    {
        var firm = await OrgChartFirm.SeedAsync(host.Database, "Seeblick Logistik AG", host.Users.OtherRep.Id);
        using var rep = await host.As(host.Users.Rep);
        using var person = await rep.GetAsync($"/api/organisations/{firm.Ceo.Id}/structure");
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        using var unknown = await rep.GetAsync($"/api/organisations/{Guid.NewGuid()}/structure");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
