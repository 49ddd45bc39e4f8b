using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

/// <summary>Graph answers only tokens the simulator issued for Graph, with the right application roles.</summary>
public sealed class GraphAuthorizationTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task NoToken_Gets401InvalidAuthenticationToken()
    {
        var rep = await NewMailbox();
        using var http = simulator.CreateClient();

        using var response = await http.GetAsync($"v1.0/users/{rep}/mailFolders/inbox/messages/delta");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", await ErrorCode(response));
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task TokenForAnotherAudience_Gets401()
    {
        var rep = await NewMailbox();
        using var http = simulator.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await UserToken("api://outlookcms", ["Rep"]));

        using var response = await http.GetAsync($"v1.0/users/{rep}/mailFolders/inbox/messages/delta");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", await ErrorCode(response));
    }

    [Fact]
    public async Task GraphTokenWithoutRoles_Gets403_InEachWorkloadsShape()
    {
        var rep = await NewMailbox();
        using var http = simulator.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await UserToken("https://graph.microsoft.com", []));

        using var mail = await http.GetAsync($"v1.0/users/{rep}/mailFolders/inbox/messages/delta");
        using var calendar = await http.GetAsync($"v1.0/users/{rep}/calendarView/delta?startDateTime=2026-01-01&endDateTime=2026-02-01");
        using var user = await http.GetAsync($"v1.0/users/{rep}");

        Assert.Equal(HttpStatusCode.Forbidden, mail.StatusCode);
        Assert.Equal("ErrorAccessDenied", await ErrorCode(mail));
        Assert.Equal(HttpStatusCode.Forbidden, calendar.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
        Assert.Equal("Authorization_RequestDenied", await ErrorCode(user));
    }

    [Fact]
    public async Task UnknownMailbox_Gets404ErrorInvalidUser()
    {
        using var http = await simulator.CreateGraphHttpClient();

        using var response = await http.GetAsync("v1.0/users/nobody@firm.example/mailFolders/inbox/messages/delta");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ErrorInvalidUser", await ErrorCode(response));
    }

    [Fact]
    public async Task UnknownResource_Gets400WithGraphsShape()
    {
        using var http = await simulator.CreateGraphHttpClient();

        using var response = await http.GetAsync("v1.0/teams");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("innerError").GetProperty("request-id").GetString()));
    }

    private async Task<string> NewMailbox()
    {
        var rep = SimulatorFixture.NewAddress();
        await simulator.LoadMailboxes(false, new { address = rep });
        return rep;
    }

    private async Task<string> UserToken(string audience, string[] roles)
    {
        using var http = simulator.CreateClient();
        using var response = await http.PostAsJsonAsync("_simulator/tokens", new { oid = Guid.NewGuid(), name = "X", preferredUsername = "x@firm.example", roles, audience });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static async Task<string?> ErrorCode(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}
