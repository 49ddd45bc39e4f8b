using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookCms.GraphSimulator.Identity;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>The app calling Graph, from a bearer token the simulator itself issued for https://graph.microsoft.com.</summary>
public sealed record GraphCaller(string AppId, IReadOnlySet<string> Roles)
{
    public bool Holds(GraphPermission permission) => permission.AnyOf.Any(Roles.Contains);
}

/// <summary>Validates Graph bearer tokens: our signature, our tenant's issuer, Graph's audience, lifetime.</summary>
public sealed class GraphTokenValidator(SigningKey key, IOptions<SimulatorOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<(GraphCaller? Caller, GraphError? Error)> ValidateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return (null, Unauthorized("Access token is empty."));
        }

        var tenantId = options.Value.TenantId;
        var result = await _handler.ValidateTokenAsync(header[7..].Trim(), new TokenValidationParameters
        {
            IssuerSigningKey = key.SecurityKey,
            ValidAudiences = ["https://graph.microsoft.com", "00000003-0000-0000-c000-000000000000"],
            IssuerValidator = (issuer, _, _) => Authority.IsOurIssuer(issuer, tenantId)
                ? issuer
                : throw new SecurityTokenInvalidIssuerException($"Issuer '{issuer}' is not this tenant's."),
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= now.AddMinutes(5)) && expires > now.AddMinutes(-5);
            },
        });
        if (!result.IsValid)
        {
            var message = result.Exception switch
            {
                SecurityTokenInvalidAudienceException => "Access token validation failure. Invalid audience.",
                SecurityTokenInvalidLifetimeException => "Lifetime validation failed, the token is expired.",
                SecurityTokenInvalidIssuerException => "Access token validation failure. Invalid issuer.",
                _ => "Access token validation failure. Invalid signature or token.",
            };
            return (null, Unauthorized(message));
        }

        var roles = result.ClaimsIdentity.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var appId = result.ClaimsIdentity.Claims.FirstOrDefault(c => c.Type is "azp" or "appid")?.Value ?? "unknown";
        return (new GraphCaller(appId, roles), null);
    }

    private static GraphError Unauthorized(string message) =>
        new GraphError(401, "InvalidAuthenticationToken", message)
            .WithHeader("WWW-Authenticate", "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
}
