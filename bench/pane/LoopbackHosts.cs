using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OutlookCms.AddinHost;
using OutlookCms.GraphSimulator;

namespace OutlookCms.Bench.Pane;

/// <summary>
/// The real AddinHost on a loopback port with Microsoft.Identity.Web validating real tokens, and the Graph simulator
/// as the Entra ID token issuer (https, the local CA from scripts/certs.sh), both in this process as the tests start
/// them (tests/TestSupport/HostFixture). The host's clock reads the seeded history's end, so the pane sees the firm
/// as it was on that day (recent contacts, open follow-ups) however long ago it was seeded.
/// </summary>
public sealed class LoopbackHosts : IAsyncDisposable
{
    public const string Audience = "api://outlookcms";
    private readonly WebApplication simulator;
    private readonly WebApplication host;

    private LoopbackHosts(WebApplication simulator, WebApplication host, Uri simulatorAddress, Uri address)
    {
        this.simulator = simulator;
        this.host = host;
        SimulatorAddress = simulatorAddress;
        Address = address;
    }

    public Uri SimulatorAddress { get; }

    public Uri Address { get; }

    public static async Task<LoopbackHosts> StartAsync(string connectionString, DateTimeOffset now)
    {
        var simulator = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await simulator.StartAsync();
        var simulatorAddress = SimulatorApp.BaseAddress(simulator);

        var host = AddinHostApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Logging:LogLevel:Default", "Warning",
            "--ConnectionStrings:OutlookCms", connectionString,
            "--AzureAd:Instance", simulatorAddress.ToString(),
            "--AzureAd:TenantId", SimulatorOptions.DefaultTenantId,
            "--AzureAd:ClientId", SimulatorOptions.DefaultAddinClientId,
            "--AzureAd:Audience", Audience,
        ], builder => builder.Services.AddSingleton<TimeProvider>(new AnchoredClock(now)));
        await host.StartAsync();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new LoopbackHosts(simulator, host, simulatorAddress, address);
    }

    /// <summary>A bearer token the simulator mints for the user, as the demo sign-in asks for one.</summary>
    public async Task<string> TokenAsync(BenchUser user)
    {
        using var http = new HttpClient { BaseAddress = SimulatorAddress };
        using var response = await http.PostAsJsonAsync("/_simulator/tokens",
            new { oid = user.ObjectId, name = user.DisplayName, preferredUsername = user.Email, roles = new[] { user.Role }, audience = Audience });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        await host.DisposeAsync();
        await simulator.StopAsync();
        await simulator.DisposeAsync();
    }
}

/// <summary>A clock that started at <c>anchor</c> when the bench started, and runs at the real rate.</summary>
public sealed class AnchoredClock(DateTimeOffset anchor) : TimeProvider
{
    private readonly long started = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => anchor + System.GetElapsedTime(started);
}
