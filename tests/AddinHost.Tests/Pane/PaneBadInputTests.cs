using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Pane;

/// <summary>What <c>GET /api/pane</c> refuses as a whole (400 naming the field) and what it answers per address.</summary>
public sealed class PaneBadInputTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<JsonElement> ProblemAsync(string query, string field)
    {
        using var rep = await host.As(host.Users.Rep);
        using var response = await rep.GetAsync("/api/pane" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        return problem;
    }

    [Theory]
    [InlineData("")]
    [InlineData("?addresses=")]
    [InlineData("?addresses=,;%20,")]
    public Task NoAddress_Is400NamingAddresses(string query) => ProblemAsync(query, "addresses");

    [Fact]
    public Task UnknownMode_Is400NamingMode() => ProblemAsync("?mode=delete&addresses=a@b.example", "mode");

    [Fact]
    public async Task FiveHundredRecipients_Is400SayingTheLimit()
    {
        // Short addresses: 500 long ones do not fit in a URL at all (Kestrel answers 414), which is why the pane sends at most 100.
        var many = string.Join(';', Enumerable.Range(0, 500).Select(i => $"r{i}@m.io"));
        var problem = await ProblemAsync("?mode=compose&addresses=" + many, "addresses");
        Assert.Contains("At most 100", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHundredRecipients_RepeatedOrNot_AreAnswered()
    {
        using var rep = await host.As(host.Users.Rep);
        var hundred = Enumerable.Range(0, 100).Select(i => $"addresses=r{i}%40many.example").Append("addresses=R0%40MANY.example");
        using var response = await rep.GetAsync("/api/pane?mode=compose&" + string.Join('&', hundred));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pane = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(100, pane.GetProperty("addresses").GetArrayLength());
    }

    [Fact]
    public async Task OverLongAddress_IsAnInvalidEntry_NotAServerError()
    {
        using var rep = await host.As(host.Users.Rep);
        var longAddress = new string('a', 400) + "@long.example";
        using var response = await rep.GetAsync("/api/pane?addresses=" + longAddress);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("addresses")[0];
        Assert.Equal("Invalid", entry.GetProperty("status").GetString());
        Assert.True(entry.GetProperty("address").GetString()!.Length <= 81);
    }
}
