using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace OutlookCms.GraphSimulator.Tests.Support;

/// <summary>
/// Starts the simulator in this process on a free https loopback port. The certificate and the trust come
/// from the environment that <c>source scripts/certs.sh; certs_ensure</c> sets up (OUTLOOKCMS_SIM_CERT and
/// SSL_CERT_DIR): no test disables certificate validation, so every https call here also proves the trust set-up.
/// </summary>
public class SimulatorFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public string TenantId => SimulatorOptions.DefaultTenantId;

    public Uri AuthorityHost => BaseAddress;

    public string Issuer => $"{BaseAddress.GetLeftPart(UriPartial.Authority)}/{TenantId}/v2.0";

    public IServiceProvider Services => _app!.Services;

    /// <summary>Settings on top of the defaults, as command-line arguments.</summary>
    protected virtual IEnumerable<string> Settings => [];

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OUTLOOKCMS_SIM_CERT")))
        {
            throw new InvalidOperationException(
                "OUTLOOKCMS_SIM_CERT is not set: run the tests from a shell that did `source scripts/certs.sh && certs_ensure` " +
                "(scripts/test.sh does), so the simulator has its certificate and .NET trusts the local CA.");
        }

        _app = SimulatorApp.Build([.. new[] { "--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning" }, .. Settings]);
        await _app.StartAsync();
        BaseAddress = SimulatorApp.BaseAddress(_app);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>The real Graph SDK, signed in as the GraphSync worker through Azure.Identity against the simulator.</summary>
    public GraphServiceClient CreateGraphClient(string clientId = SimulatorOptions.DefaultWorkerClientId, string secret = SimulatorOptions.DefaultWorkerSecret)
    {
        var credential = new ClientSecretCredential(TenantId, clientId, secret,
            new ClientSecretCredentialOptions { AuthorityHost = AuthorityHost, DisableInstanceDiscovery = true });
        // Without the simulator in the allowed hosts the SDK silently sends no Authorization header.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [BaseAddress.Host], scopes: ["https://graph.microsoft.com/.default"]);
        return new GraphServiceClient(authentication, new Uri(BaseAddress, "v1.0").ToString());
    }

    /// <summary>An app token for Graph, as the worker gets it, for tests that look at raw HTTP.</summary>
    public async Task<string> GraphToken()
    {
        var credential = new ClientSecretCredential(TenantId, SimulatorOptions.DefaultWorkerClientId, SimulatorOptions.DefaultWorkerSecret,
            new ClientSecretCredentialOptions { AuthorityHost = AuthorityHost, DisableInstanceDiscovery = true });
        var token = await credential.GetTokenAsync(new Azure.Core.TokenRequestContext(["https://graph.microsoft.com/.default"]), default);
        return token.Token;
    }

    /// <summary>An HttpClient that sends the worker's Graph token.</summary>
    public async Task<HttpClient> CreateGraphHttpClient()
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await GraphToken());
        return http;
    }

    /// <summary>A fresh mailbox address per test, so tests sharing one simulator never see each other's mail.</summary>
    public static string NewAddress(string who = "rep") => $"{who}.{Guid.NewGuid():N}@firm.example";

    public async Task<JsonNode> Admin(HttpMethod method, string path, object? body = null)
    {
        using var http = CreateClient();
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public Task<JsonNode> LoadMailboxes(bool reset, params object[] mailboxes) =>
        Admin(HttpMethod.Post, "_simulator/scenarios", new { mailboxes, reset });

    public async Task<string> AddMessage(string mailbox, object message, string? folder = null)
    {
        var added = await Admin(HttpMethod.Post, $"_simulator/mailboxes/{mailbox}/messages{(folder is null ? "" : $"?folder={folder}")}", message);
        return added["id"]!.GetValue<string>();
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
