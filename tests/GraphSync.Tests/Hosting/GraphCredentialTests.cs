using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookCms.GraphSync.Graph;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Tests.Support;

namespace OutlookCms.GraphSync.Tests.Hosting;

/// <summary>How the worker signs in: one credential, chosen in GraphCredential; a certificate as PKCS#12 or PEM.</summary>
public sealed class GraphCredentialTests(Simulator simulator) : IClassFixture<Simulator>
{
    private static readonly string[] GraphScope = [GraphClientFactory.GraphScope];

    [Fact]
    public void SecretAndCertificateBoth_IsAClearStartUpError()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new()
        {
            ["Graph:ClientSecret"] = "s",
            ["Graph:ClientCertificatePath"] = WorkerCertificate.PfxPath,
        }));

        Assert.Contains("Graph:ClientSecret and Graph:ClientCertificatePath are both set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeitherSecretNorCertificate_IsAClearStartUpError()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options([]));

        Assert.Contains("Graph:ClientCertificatePath", error.Message, StringComparison.Ordinal);
        Assert.Contains("or Graph:ClientSecret is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCertificateFile_IsAClearStartUpError()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Graph:ClientCertificatePath"] = "/nowhere/worker.pfx" }));

        Assert.Contains("'/nowhere/worker.pfx' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_Pfx_SignsInThroughAClientAssertion()
    {
        var options = Options(new() { ["Graph:ClientCertificatePath"] = WorkerCertificate.PfxPath });

        var credential = GraphCredential.Create(options);

        Assert.IsType<ClientCertificateCredential>(credential);
        Assert.False(string.IsNullOrEmpty((await credential.GetTokenAsync(new TokenRequestContext(GraphScope), default)).Token));
    }

    [Fact]
    public async Task Certificate_PemWithItsKey_SignsInToo()
    {
        using var pfx = X509CertificateLoader.LoadPkcs12FromFile(WorkerCertificate.PfxPath, null);
        using var key = pfx.GetRSAPrivateKey()!;
        var pem = Path.Combine(Path.GetTempPath(), $"outlookcms-worker-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(pem, pfx.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());
        try
        {
            var credential = GraphCredential.Create(Options(new() { ["Graph:ClientCertificatePath"] = pem }));

            Assert.False(string.IsNullOrEmpty((await credential.GetTokenAsync(new TokenRequestContext(GraphScope), default)).Token));
        }
        finally
        {
            File.Delete(pem);
        }
    }

    [Fact]
    public void Certificate_WithoutItsKey_IsAClearStartUpError()
    {
        var certificateOnly = Environment.GetEnvironmentVariable("OUTLOOKCMS_WORKER_CERT")!;

        var error = Assert.Throws<OptionsValidationException>(() => Options(new() { ["Graph:ClientCertificatePath"] = certificateOnly }));

        Assert.Contains("holds no private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_StaysTheFallback()
    {
        var credential = GraphCredential.Create(Options(new() { ["Graph:ClientSecret"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerSecret }));

        Assert.IsType<ClientSecretCredential>(credential);
    }

    private GraphOptions Options(Dictionary<string, string?> credentials)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultTenantId,
            ["Graph:ClientId"] = OutlookCms.GraphSimulator.SimulatorOptions.DefaultWorkerClientId,
            ["Graph:AuthorityHost"] = simulator.BaseAddress.ToString(),
            ["Graph:BaseUrl"] = new Uri(simulator.BaseAddress, "v1.0").ToString(),
        }.Concat(credentials)).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<GraphOptions>>().Value;
    }
}
