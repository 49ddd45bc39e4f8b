using Microsoft.AspNetCore.Builder;
using OutlookCms.GraphSimulator;

namespace OutlookCms.GraphSimulator.Tests.Support;

/// <summary>
/// Starts the simulator in this process on a free https loopback port. The certificate and the trust come
/// from the environment that <c>source scripts/certs.sh; certs_ensure</c> sets up (OUTLOOKCMS_SIM_CERT and
/// SSL_CERT_DIR): no test disables certificate validation, so every https call here also proves the trust set-up.
/// </summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public string TenantId => SimulatorOptions.DefaultTenantId;

    public Uri AuthorityHost => BaseAddress;

    public string Issuer => $"{BaseAddress.GetLeftPart(UriPartial.Authority)}/{TenantId}/v2.0";

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OUTLOOKCMS_SIM_CERT")))
        {
            throw new InvalidOperationException(
                "OUTLOOKCMS_SIM_CERT is not set: run the tests from a shell that did `source scripts/certs.sh && certs_ensure` " +
                "(scripts/test.sh does), so the simulator has its certificate and .NET trusts the local CA.");
        }

        _app = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
        await _app.StartAsync();
        BaseAddress = SimulatorApp.BaseAddress(_app);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
