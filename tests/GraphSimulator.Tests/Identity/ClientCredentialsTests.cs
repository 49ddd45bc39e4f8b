using System.Net;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Identity;

public sealed class ClientCredentialsTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private static readonly string[] GraphScope = ["https://graph.microsoft.com/.default"];

    private ClientSecretCredential Credential(string secret) => new(
        simulator.TenantId,
        SimulatorOptions.DefaultWorkerClientId,
        secret,
        new ClientSecretCredentialOptions { AuthorityHost = simulator.AuthorityHost, DisableInstanceDiscovery = true });

    [Fact]
    public async Task ClientSecretCredential_GetsGraphToken_WithTheWorkersRoles()
    {
        var token = await Credential(SimulatorOptions.DefaultWorkerSecret).GetTokenAsync(new TokenRequestContext(GraphScope), default);

        var jwt = new JsonWebToken(token.Token);
        Assert.Equal("https://graph.microsoft.com", jwt.GetClaim("aud").Value);
        Assert.Equal(simulator.Issuer, jwt.Issuer);
        Assert.Equal(simulator.TenantId, jwt.GetClaim("tid").Value);
        Assert.Equal(SimulatorOptions.DefaultWorkerClientId, jwt.GetClaim("azp").Value);
        Assert.Equal("app", jwt.GetClaim("idtyp").Value);
        var roles = jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToList();
        Assert.Contains("Mail.Read", roles);
        Assert.Contains("Calendars.Read", roles);
        Assert.Contains("Mail.Send", roles);
        Assert.True(token.ExpiresOn > DateTimeOffset.UtcNow.AddMinutes(50));
    }

    [Fact]
    public async Task ClientSecretCredential_Throws_WhenTheSecretIsWrong()
    {
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(async () =>
            await Credential("not-the-secret").GetTokenAsync(new TokenRequestContext(GraphScope), default));

        Assert.Contains("AADSTS7000215", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenEndpoint_AnswersInvalidClient_InEntrasShape_WhenTheSecretIsWrong()
    {
        using var http = simulator.CreateClient();
        using var response = await http.PostAsync($"{simulator.TenantId}/oauth2/v2.0/token", Form(SimulatorOptions.DefaultWorkerClientId, "wrong", GraphScope[0]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_client", body.RootElement.GetProperty("error").GetString());
        Assert.StartsWith("AADSTS7000215:", body.RootElement.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(7000215, body.RootElement.GetProperty("error_codes")[0].GetInt32());
    }

    [Fact]
    public async Task TokenEndpoint_AnswersInvalidScope_WhenTheScopeIsNotDotDefault()
    {
        using var http = simulator.CreateClient();
        using var response = await http.PostAsync($"{simulator.TenantId}/oauth2/v2.0/token",
            Form(SimulatorOptions.DefaultWorkerClientId, SimulatorOptions.DefaultWorkerSecret, "https://graph.microsoft.com/Mail.Read"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_scope", body.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TokenEndpoint_AnswersUnauthorizedClient_WhenTheAppIsUnknown()
    {
        using var http = simulator.CreateClient();
        using var response = await http.PostAsync($"{simulator.TenantId}/oauth2/v2.0/token", Form(Guid.NewGuid().ToString(), "x", GraphScope[0]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unauthorized_client", body.RootElement.GetProperty("error").GetString());
        Assert.Equal(700016, body.RootElement.GetProperty("error_codes")[0].GetInt32());
    }

    [Fact]
    public async Task TokenEndpoint_AcceptsAndIgnoresClaims_AndAnswersWhatMsalNeeds()
    {
        using var http = simulator.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SimulatorOptions.DefaultWorkerClientId,
            ["client_secret"] = SimulatorOptions.DefaultWorkerSecret,
            ["scope"] = GraphScope[0],
            ["claims"] = """{"access_token":{"xms_cc":{"values":["cp1"]}}}""",
        });
        using var response = await http.PostAsync($"{simulator.TenantId}/oauth2/v2.0/token", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", body.RootElement.GetProperty("token_type").GetString());
        Assert.True(body.RootElement.GetProperty("expires_in").GetInt32() > 0);
        Assert.True(body.RootElement.GetProperty("ext_expires_in").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("access_token").GetString()));
    }

    private static FormUrlEncodedContent Form(string clientId, string secret, string scope) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
        ["scope"] = scope,
    });
}
