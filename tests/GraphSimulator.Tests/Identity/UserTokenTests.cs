using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Identity;

/// <summary>
/// The add-in host validates tokens the way Microsoft.Identity.Web / JwtBearer does: OpenID metadata from
/// the authority, keys from its jwks_uri, issuer and audience checked. These tests do exactly that.
/// </summary>
public sealed class UserTokenTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private const string Audience = "api://outlookcms";

    [Fact]
    public async Task MintedUserToken_Validates_AgainstTheSimulatorsOpenIdMetadata()
    {
        var oid = Guid.NewGuid();
        var token = await Mint(new { oid, name = "Ada Rep", preferredUsername = "ada@firm.example", roles = new[] { "Rep" }, audience = Audience });

        var result = await Validate(token, Audience);

        Assert.True(result.IsValid, result.Exception?.ToString());
        var claims = result.ClaimsIdentity.Claims.ToList();
        Assert.Equal(oid.ToString(), claims.Single(c => c.Type == "oid").Value);
        Assert.Equal(oid.ToString(), claims.Single(c => c.Type == "sub").Value);
        Assert.Equal("Ada Rep", claims.Single(c => c.Type == "name").Value);
        Assert.Equal("ada@firm.example", claims.Single(c => c.Type == "preferred_username").Value);
        Assert.Equal("Rep", claims.Single(c => c.Type == "roles").Value);
        Assert.Equal("access_as_user", claims.Single(c => c.Type == "scp").Value);
        Assert.Equal("2.0", claims.Single(c => c.Type == "ver").Value);
        Assert.Equal(simulator.TenantId, claims.Single(c => c.Type == "tid").Value);
        Assert.Equal(SimulatorOptions.DefaultAddinClientId, claims.Single(c => c.Type == "azp").Value);
    }

    [Fact]
    public async Task MintedUserToken_IsRejected_ForAnotherAudience()
    {
        var token = await Mint(new { oid = Guid.NewGuid(), name = "Ada", preferredUsername = "ada@firm.example", roles = new[] { "Rep" }, audience = Audience });

        var result = await Validate(token, "api://someone-else");

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
    }

    [Fact]
    public async Task TamperedUserToken_IsRejected_ByTheSignatureCheck()
    {
        var token = await Mint(new { oid = Guid.NewGuid(), name = "Ada", preferredUsername = "ada@firm.example", roles = new[] { "Rep" }, audience = Audience });
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"Rep\"", "\"Admin\"", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var result = await Validate(forged, Audience);

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task Metadata_PublishesIssuerAndEndpoints_OnTheSimulatorsHost()
    {
        var config = await Metadata().GetConfigurationAsync(default);

        Assert.Equal(simulator.Issuer, config.Issuer);
        Assert.Equal($"{simulator.BaseAddress}{simulator.TenantId}/oauth2/v2.0/token", config.TokenEndpoint);
        Assert.Equal($"{simulator.BaseAddress}{simulator.TenantId}/oauth2/v2.0/authorize", config.AuthorizationEndpoint);
        var key = Assert.Single(config.SigningKeys);
        Assert.False(string.IsNullOrEmpty(key.KeyId));
    }

    [Fact]
    public async Task MintEndpoint_RefusesAnEmptyOid()
    {
        using var http = simulator.CreateClient();
        using var response = await http.PostAsJsonAsync("_simulator/tokens", new { oid = Guid.Empty, name = "x", roles = new[] { "Rep" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> Mint(object request)
    {
        using var http = simulator.CreateClient();
        using var response = await http.PostAsJsonAsync("_simulator/tokens", request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<MintResponse>();
        Assert.Equal(3600, body!.ExpiresIn);
        return body.AccessToken;
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Metadata() => new(
        $"{simulator.Issuer}/.well-known/openid-configuration",
        new OpenIdConnectConfigurationRetriever(),
        new HttpDocumentRetriever { RequireHttps = true });

    private async Task<TokenValidationResult> Validate(string token, string audience)
    {
        var config = await Metadata().GetConfigurationAsync(default);
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = config.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = config.SigningKeys,
            ValidateLifetime = true,
        });
    }

    private sealed record MintResponse(string AccessToken, int ExpiresIn);
}
