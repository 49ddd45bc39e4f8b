using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookCms.GraphSimulator.Identity;

/// <summary>Mints v2.0 access tokens signed with the simulator's key, shaped like Entra's.</summary>
public sealed class TokenIssuer(SigningKey key, IOptions<SimulatorOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    /// <summary>An app-only token (client credentials): <c>roles</c> are the app's granted permissions.</summary>
    public string IssueAppToken(string issuer, RegisteredApp app, string audience) =>
        Issue(issuer, audience, new Dictionary<string, object>
        {
            ["azp"] = app.ClientId,
            ["azpacr"] = "1",
            ["idtyp"] = "app",
            ["oid"] = StableGuid("sp:" + app.ClientId),
            ["sub"] = StableGuid("sp:" + app.ClientId),
            ["roles"] = app.Roles.ToArray(),
        });

    /// <summary>A delegated token for a signed-in person, as the add-in would receive through SSO.</summary>
    public string IssueUserToken(string issuer, UserTokenRequest request) =>
        Issue(issuer, request.Audience ?? "api://outlookcms", new Dictionary<string, object>
        {
            ["azp"] = options.Value.AddinClientId,
            ["azpacr"] = "0",
            ["oid"] = request.Oid.ToString(),
            ["sub"] = request.Oid.ToString(),
            ["name"] = request.Name ?? "",
            ["preferred_username"] = request.PreferredUsername ?? "",
            ["roles"] = (request.Roles ?? []).ToArray(),
            ["scp"] = "access_as_user",
        });

    private string Issue(string issuer, string audience, Dictionary<string, object> claims)
    {
        var now = time.GetUtcNow().UtcDateTime;
        claims["tid"] = options.Value.TenantId;
        claims["ver"] = "2.0";
        claims["uti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-5),
            Expires = now.AddSeconds(options.Value.TokenLifetimeSeconds),
            Claims = claims,
            SigningCredentials = key.Credentials,
            TokenType = "JWT",
        });
    }

    /// <summary>Service principals keep one object id across restarts, as they do in a tenant.</summary>
    private static string StableGuid(string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString();
}
