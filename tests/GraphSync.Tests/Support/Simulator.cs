using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using OutlookCms.GraphSimulator;

namespace OutlookCms.GraphSync.Tests.Support;

/// <summary>
/// The Graph simulator in this process on a free https loopback port (one per test class). The certificate and trust
/// come from <c>source scripts/certs.sh && certs_ensure</c> (scripts/test.sh does it); nothing disables TLS checks.
/// </summary>
public sealed class Simulator : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OUTLOOKCMS_SIM_CERT")))
        {
            throw new InvalidOperationException(
                "OUTLOOKCMS_SIM_CERT is not set: run the tests from a shell that did `source scripts/certs.sh && certs_ensure` (scripts/test.sh does).");
        }

        _app = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await _app.StartAsync();
        BaseAddress = SimulatorApp.BaseAddress(_app);
    }

    /// <summary>Loads a scenario folder copied beside the tests (Scenarios/NAME), replacing every mailbox.</summary>
    public Task LoadScenarioAsync(string name) =>
        AdminAsync(HttpMethod.Post, "_simulator/scenarios", new { path = Path.Combine(AppContext.BaseDirectory, "Scenarios", name), reset = true });

    public async Task<JsonNode> AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Switches a fault on (kinds: throttle, unavailable, gatewayTimeout, serverError, drop, dropAfter).</summary>
    public Task FaultAsync(string kind, double? probability = null, int? count = null, string? pathContains = null, string? mailbox = null) =>
        AdminAsync(HttpMethod.Post, "_simulator/faults", new { kind, probability, count, pathContains, mailbox, retryAfterSeconds = 1 });

    public Task ClearFaultsAsync() => AdminAsync(HttpMethod.Delete, "_simulator/faults");

    /// <summary>The Graph requests the simulator answered with a fault so far.</summary>
    public async Task<int> FaultedRequestsAsync()
    {
        var log = await AdminAsync(HttpMethod.Get, "_simulator/requests");
        var entries = log as JsonArray ?? log["value"] as JsonArray ?? log["requests"] as JsonArray ?? [];
        return entries.Count(e => e?["fault"] is JsonValue fault && fault.ToString().Length > 0);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
