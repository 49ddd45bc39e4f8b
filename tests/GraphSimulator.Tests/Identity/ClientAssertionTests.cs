using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Identity;

/// <summary>The simulator with a certificate of its own registered on the worker's app (Simulator:WorkerCertificatePath).</summary>
public sealed class CertificateSimulator : SimulatorFixture, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookcms-cert-").FullName;

    public CertificateSimulator()
    {
        Registered = ClientCertificates.SelfSigned("registered worker");
        // The app registration holds the public certificate only, as Entra's keyCredentials do.
        File.WriteAllText(Path.Combine(_folder, "worker.crt"), Registered.ExportCertificatePem());
    }

    /// <summary>The certificate (with its key) whose public half the simulator has registered.</summary>
    public X509Certificate2 Registered { get; }

    protected override IEnumerable<string> Settings => ["--Simulator:WorkerCertificatePath", Path.Combine(_folder, "worker.crt")];

    public void Dispose()
    {
        Registered.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

public static class ClientCertificates
{
    public static X509Certificate2 SelfSigned(string name, DateTimeOffset? notAfter = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddDays(30));
        // Round trip through PKCS#12 so the key is usable for signing on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}

public sealed class ClientAssertionTests(CertificateSimulator simulator) : IClassFixture<CertificateSimulator>
{
    private static readonly string[] GraphScope = ["https://graph.microsoft.com/.default"];

    private ClientCertificateCredential Credential(X509Certificate2 certificate) => new(
        simulator.TenantId,
        SimulatorOptions.DefaultWorkerClientId,
        certificate,
        new ClientCertificateCredentialOptions { AuthorityHost = simulator.AuthorityHost, DisableInstanceDiscovery = true });

    private string TokenEndpoint => $"{simulator.BaseAddress.GetLeftPart(UriPartial.Authority)}/{simulator.TenantId}/oauth2/v2.0/token";

    [Fact]
    public async Task ClientCertificateCredential_GetsGraphToken_WithTheRegisteredCertificate()
    {
        var token = await Credential(simulator.Registered).GetTokenAsync(new TokenRequestContext(GraphScope), default);

        var jwt = new JsonWebToken(token.Token);
        Assert.Equal("https://graph.microsoft.com", jwt.GetClaim("aud").Value);
        Assert.Equal(SimulatorOptions.DefaultWorkerClientId, jwt.GetClaim("azp").Value);
        Assert.Contains("Mail.Read", jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
    }

    [Fact]
    public async Task ClientCertificateCredential_IsRefused_WithACertificateNotRegistered()
    {
        using var other = ClientCertificates.SelfSigned("someone else");

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(async () =>
            await Credential(other).GetTokenAsync(new TokenRequestContext(GraphScope), default));

        Assert.Contains("AADSTS700027", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assertion_IsAccepted_WhenBuiltByHand_WithX5tOnly()
    {
        using var response = await PostAsync(Assertion(simulator.Registered, TokenEndpoint, sha256Header: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredAssertion_IsRefused_WithAadsts700024()
    {
        var assertion = Assertion(simulator.Registered, TokenEndpoint, notBefore: DateTimeOffset.UtcNow.AddMinutes(-30), expires: DateTimeOffset.UtcNow.AddMinutes(-20));

        await AssertRefusedAsync(assertion, 700024);
    }

    [Fact]
    public async Task Assertion_ForAnotherAudience_IsRefused_WithAadsts700023()
    {
        await AssertRefusedAsync(Assertion(simulator.Registered, "https://login.example.com/other-tenant/oauth2/v2.0/token"), 700023);
    }

    [Fact]
    public async Task Assertion_IssuedForAnotherApp_IsRefused_WithAadsts700021()
    {
        await AssertRefusedAsync(Assertion(simulator.Registered, TokenEndpoint, issuer: Guid.NewGuid().ToString()), 700021);
    }

    [Fact]
    public async Task Assertion_NamingTheRegisteredCertificate_ButSignedByAnotherKey_IsRefused_WithAadsts700027()
    {
        using var other = ClientCertificates.SelfSigned("impostor");
        var forged = Assertion(other, TokenEndpoint, namedAs: simulator.Registered);

        await AssertRefusedAsync(forged, 700027);
    }

    [Fact]
    public async Task WrongAssertionType_IsRefused()
    {
        using var response = await PostAsync(Assertion(simulator.Registered, TokenEndpoint), assertionType: "urn:ietf:params:oauth:client-assertion-type:saml2-bearer");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task AssertRefusedAsync(string assertion, int code)
    {
        using var response = await PostAsync(assertion);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_client", body.RootElement.GetProperty("error").GetString());
        Assert.Equal(code, body.RootElement.GetProperty("error_codes")[0].GetInt32());
        Assert.StartsWith($"AADSTS{code}:", body.RootElement.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string assertion, string assertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    {
        using var http = simulator.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SimulatorOptions.DefaultWorkerClientId,
            ["client_assertion_type"] = assertionType,
            ["client_assertion"] = assertion,
            ["scope"] = GraphScope[0],
        });
        return await http.PostAsync($"{simulator.TenantId}/oauth2/v2.0/token", form);
    }

    /// <summary>A client assertion as Entra documents it, written out by hand and signed RS256 by <paramref name="signer"/>.</summary>
    private static string Assertion(
        X509Certificate2 signer, string audience, string issuer = SimulatorOptions.DefaultWorkerClientId,
        DateTimeOffset? notBefore = null, DateTimeOffset? expires = null, X509Certificate2? namedAs = null, bool sha256Header = true)
    {
        var named = namedAs ?? signer;
        var header = new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT", ["x5t"] = Base64UrlEncoder.Encode(named.GetCertHash(HashAlgorithmName.SHA1)) };
        if (sha256Header)
        {
            header["x5t#S256"] = Base64UrlEncoder.Encode(named.GetCertHash(HashAlgorithmName.SHA256));
        }

        var from = notBefore ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        var payload = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iss"] = issuer,
            ["sub"] = issuer,
            ["jti"] = Guid.NewGuid().ToString(),
            ["nbf"] = from.ToUnixTimeSeconds(),
            ["iat"] = from.ToUnixTimeSeconds(),
            ["exp"] = (expires ?? DateTimeOffset.UtcNow.AddMinutes(10)).ToUnixTimeSeconds(),
        };
        var signed = $"{Base64UrlEncoder.Encode(JsonSerializer.Serialize(header))}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}";
        using var key = signer.GetRSAPrivateKey()!;
        var signature = key.SignData(System.Text.Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signed}.{Base64UrlEncoder.Encode(signature)}";
    }
}
