using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.AddinHost.Tests.Pane;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Parties;

/// <summary>A household's page: members the viewer may see, assets, advisers, and its members' outcomes by kind and status.</summary>
public sealed class HouseholdsApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ClientBook book = new(host);

    [Fact]
    public async Task AHousehold_ShowsItsAssets_Advisers_VisibleMembers_AndTheirOutcomes()
    {
        var household = await book.HouseholdAsync($"Family {ClientBook.Unique("f")}");
        await book.CoverHouseholdAsync(household.Id, host.Users.Rep.Id);
        var anna = await book.PersonAsync("Anna", "Member", $"{ClientBook.Unique("a")}@family.example", p => p.JoinHousehold(household.Id));
        await book.PersonAsync("Sven", "Member", $"{ClientBook.Unique("s")}@family.example", p =>
        {
            p.JoinHousehold(household.Id);
            p.Restrict();
        });
        await book.OutcomeAsync(anna.Id, host.Users.Rep.Id, 250_000m);
        await book.OutcomeAsync(anna.Id, host.Users.Rep.Id, 50_000m);

        // The household's adviser sees every member, the restricted one too (the access rule).
        using var adviser = await host.As(host.Users.Rep);
        var seen = await adviser.GetFromJsonAsync<JsonElement>($"/api/households/{household.Id}");
        Assert.Equal(["Anna Member", "Sven Member"], seen.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("displayName").GetString()));
        Assert.Equal((1_000_000m, "CHF"), (seen.GetProperty("assetsAmount").GetDecimal(), seen.GetProperty("assetsCurrency").GetString()));
        Assert.Equal(["Rita Rep"], seen.GetProperty("advisers").EnumerateArray().Select(a => a.GetProperty("displayName").GetString()));
        var pledged = seen.GetProperty("outcomes").EnumerateArray().Single();
        Assert.Equal(("AssetsPledged", 300_000m, 2), (pledged.GetProperty("kind").GetString(), pledged.GetProperty("amount").GetDecimal(), pledged.GetProperty("count").GetInt32()));

        using var colleague = await host.As(host.Users.OtherRep);
        var seenByColleague = await colleague.GetFromJsonAsync<JsonElement>($"/api/households/{household.Id}");
        Assert.Equal(["Anna Member"], seenByColleague.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task ARestrictedHousehold_IsNotFoundByAColleague()
    {
        var household = await book.HouseholdAsync($"Private {ClientBook.Unique("p")}", restricted: true);
        await book.CoverHouseholdAsync(household.Id, host.Users.Rep.Id);

        using var colleague = await host.As(host.Users.OtherRep);
        using var response = await colleague.GetAsync($"/api/households/{household.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var adviser = await host.As(host.Users.Rep);
        using var allowed = await adviser.GetAsync($"/api/households/{household.Id}");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
