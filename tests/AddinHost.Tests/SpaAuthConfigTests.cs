using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>The pane's nested-app-authentication settings come from the same AzureAd section the API validates with.</summary>
public sealed class SpaAuthConfigTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Config_NamesTheApp_TheTenantAuthority_AndTheApiScope()
    {
        using var client = host.Anonymous();
        var config = await client.GetFromJsonAsync<JsonElement>("/auth/config");

        Assert.Equal("c0ffee00-0000-4000-8000-000000000002", config.GetProperty("clientId").GetString());
        var authority = config.GetProperty("authority").GetString()!;
        Assert.Equal($"{host.SimulatorAddress.ToString().TrimEnd('/')}/{GraphSimulator.SimulatorOptions.DefaultTenantId}", authority);
        Assert.Equal([$"{HostFixture.Audience}/access_as_user"], config.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        // MSAL discovers the authority's endpoints here; the issuer behind it must be the one the API trusts.
        using var simulator = new HttpClient();
        using var metadata = await simulator.GetAsync(new Uri($"{authority}/v2.0/.well-known/openid-configuration"));
        metadata.EnsureSuccessStatusCode();
        var document = await metadata.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(GraphSimulator.SimulatorOptions.DefaultTenantId, document.GetProperty("issuer").GetString(), StringComparison.Ordinal);
    }
}
