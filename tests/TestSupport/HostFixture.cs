using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OutlookCms.AddinHost;
using OutlookCms.Domain.Firm;
using OutlookCms.GraphSimulator;
using Xunit;

namespace OutlookCms.TestSupport;

/// <summary>
/// The real AddinHost on a loopback port, its own migrated database, and the Graph simulator as the token
/// issuer: requests go over real HTTP with real tokens validated by Microsoft.Identity.Web.
/// With <see cref="ServesWebApp"/> it also serves the built front end (browser tests).
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    public const string Audience = "api://outlookcms";
    private WebApplication? simulator;
    private WebApplication? host;

    public PostgresDatabase Database { get; } = new();

    /// <summary>
    /// Serve the web app and the demo sign-in page: the content root becomes src/AddinHost, whose wwwroot/dist
    /// the front-end build fills. Off by default, so API tests need no front-end build.
    /// </summary>
    public bool ServesWebApp { get; init; }

    public Uri SimulatorAddress { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public IServiceProvider Services => host!.Services;

    /// <summary>One active firm user per role, plus a second rep and a manager of the first rep's team.</summary>
    public FirmUsers Users { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var contentRoot = ServesWebApp ? BuiltWebAppContentRoot() : null;
        await Database.InitializeAsync();
        simulator = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await simulator.StartAsync();
        SimulatorAddress = SimulatorApp.BaseAddress(simulator);

        string[] webApp = contentRoot is null ? [] : ["--contentRoot", contentRoot];
        host = AddinHostApp.Build(
        [
            .. webApp,
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

    private static string BuiltWebAppContentRoot()
    {
        var contentRoot = RepositoryRoot.Combine("src", "AddinHost");
        var index = Path.Combine(contentRoot, "wwwroot", "dist", "index.html");
        if (!File.Exists(index))
        {
            throw new InvalidOperationException(
                $"The web front end is not built ({index} is missing): run scripts/test.sh, which builds the front end (web_build in scripts/web.sh).");
        }

        return contentRoot;
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
