using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>The demo sign-in lists the firm's users and gets each a real token from the simulator's issuer.</summary>
public sealed class DemoSignInTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Users_ListsEveryActiveFirmUserWithRoleAndTeam()
    {
        using var client = host.Anonymous();
        var users = await client.GetFromJsonAsync<JsonElement[]>("/demo/users");
        var rep = Assert.Single(users!, u => u.GetProperty("id").GetGuid() == host.Users.Rep.Id);
        Assert.Equal("Rep", rep.GetProperty("role").GetString());
        Assert.Equal("Private Clients Zurich", rep.GetProperty("team").GetString());
        Assert.Equal(5, users!.Length);
    }

    [Fact]
    public async Task SignIn_ReturnsATokenTheApiAccepts_ForThatUser()
    {
        using var client = host.Anonymous();
        using var response = await client.PostAsJsonAsync("/demo/signin", new { userId = host.Users.Controller.Id });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var signedIn = await response.Content.ReadFromJsonAsync<JsonElement>();

        using var api = host.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.GetProperty("accessToken").GetString());
        var me = await api.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(host.Users.Controller.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("Controller", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task SignIn_ForAnUnknownUser_Is404ProblemDetails()
    {
        using var client = host.Anonymous();
        using var response = await client.PostAsJsonAsync("/demo/signin", new { userId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
