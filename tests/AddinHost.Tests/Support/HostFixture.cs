using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OutlookCms.AddinHost;
using OutlookCms.Domain.Firm;
using OutlookCms.GraphSimulator;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests.Support;

/// <summary>
/// The real AddinHost on a loopback port, its own migrated database, and the Graph simulator as the token
/// issuer: requests go over real HTTP with real tokens validated by Microsoft.Identity.Web.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    public const string Audience = "api://outlookcms";
    private WebApplication? simulator;
    private WebApplication? host;

    public PostgresDatabase Database { get; } = new();

    public Uri SimulatorAddress { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public IServiceProvider Services => host!.Services;

    /// <summary>One active firm user per role, plus a second rep and a manager of the first rep's team.</summary>
    public FirmUsers Users { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        simulator = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await simulator.StartAsync();
        SimulatorAddress = SimulatorApp.BaseAddress(simulator);

        host = AddinHostApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Testing",
            "--Logging:LogLevel:Default", "Warning",
            "--ConnectionStrings:OutlookCms", Database.ConnectionString,
            "--AzureAd:Instance", SimulatorAddress.ToString(),
            "--AzureAd:TenantId", SimulatorOptions.DefaultTenantId,
            "--AzureAd:ClientId", "c0ffee00-0000-4000-8000-000000000002",
            "--AzureAd:Audience", Audience,
            "--Demo:Enabled", "true",
            "--Demo:SimulatorUrl", SimulatorAddress.ToString(),
        ]);
        await host.StartAsync();
        Address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Users = await FirmUsers.SeedAsync(Database);
    }

    public HttpClient Anonymous() => new() { BaseAddress = Address };

    /// <summary>A client carrying a token the simulator minted for <paramref name="user"/> with the given roles.</summary>
    public async Task<HttpClient> As(FirmUser user, params string[] roles) =>
        await WithToken(user.EntraObjectId, user.DisplayName, user.Email, roles.Length == 0 ? [user.Role.ToString()] : roles);

    public async Task<HttpClient> WithToken(Guid objectId, string name, string email, string[] roles)
    {
        using var sim = new HttpClient { BaseAddress = SimulatorAddress };
        using var response = await sim.PostAsJsonAsync("/_simulator/tokens",
            new { oid = objectId, name, preferredUsername = email, roles, audience = Audience });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        if (simulator is not null)
        {
            await simulator.StopAsync();
            await simulator.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
