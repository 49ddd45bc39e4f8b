using Microsoft.Extensions.Options;

namespace OutlookCms.GraphSimulator.Identity;

/// <summary>The Entra ID endpoints a confidential client and a token validator use: metadata, keys, token.</summary>
public static class EntraApi
{
    private const string GraphResource = "https://graph.microsoft.com";

    public static IEndpointRouteBuilder MapEntraApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", OpenIdConfiguration);
        app.MapGet("/{tenant}/discovery/v2.0/keys", Keys);
        app.MapPost("/{tenant}/oauth2/v2.0/token", Token).DisableAntiforgery();
        return app;
    }

    private static IResult OpenIdConfiguration(string tenant, HttpRequest request, IOptions<SimulatorOptions> options, TimeProvider time)
    {
        var tenantId = options.Value.TenantId;
        if (!IsTenant(tenant, tenantId))
        {
            return UnknownTenant(tenant, time);
        }

        var baseUrl = Authority.BaseUrl(request);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority.Issuer(request, tenantId),
            ["authorization_endpoint"] = $"{baseUrl}/{tenantId}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{baseUrl}/{tenantId}/oauth2/v2.0/token",
            ["jwks_uri"] = $"{baseUrl}/{tenantId}/discovery/v2.0/keys",
            ["end_session_endpoint"] = $"{baseUrl}/{tenantId}/oauth2/v2.0/logout",
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "private_key_jwt", "client_secret_basic" },
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token", "id_token token" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "name", "oid", "tid", "preferred_username", "roles" },
            ["tenant_region_scope"] = "EU",
            ["cloud_instance_name"] = "microsoftonline.com",
            ["msgraph_host"] = request.Host.Value ?? "",
        });
    }

    private static IResult Keys(string tenant, IOptions<SimulatorOptions> options, SigningKey key, TimeProvider time) =>
        IsTenant(tenant, options.Value.TenantId)
            ? Results.Json(new { keys = new[] { key.PublicJwk() } })
            : UnknownTenant(tenant, time);

    private static async Task<IResult> Token(
        string tenant, HttpRequest request, IOptions<SimulatorOptions> options, TokenIssuer issuer, ClientAssertionValidator assertions, TimeProvider time)
    {
        var tenantId = options.Value.TenantId;
        if (!IsTenant(tenant, tenantId))
        {
            return UnknownTenant(tenant, time);
        }

        if (!request.HasFormContentType)
        {
            return EntraError.Create(400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.", time);
        }

        // MSAL may also send 'claims' (client capabilities) and 'client_info'; neither changes an app token.
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var (clientId, clientSecret) = ClientCredentials(request, form);
        var grantType = form["grant_type"].ToString();
        var scope = form["scope"].ToString();

        if (grantType != "client_credentials")
        {
            return EntraError.Create(400, "unsupported_grant_type", 70003, $"The app requested an unsupported grant type '{grantType}'.", time);
        }

        if (string.IsNullOrEmpty(clientId))
        {
            return EntraError.Create(400, "invalid_request", 900144, "The request body must contain the following parameter: 'client_id'.", time);
        }

        var app = options.Value.EffectiveApps.FirstOrDefault(a => string.Equals(a.ClientId, clientId, StringComparison.OrdinalIgnoreCase));
        if (app is null)
        {
            return EntraError.Create(400, "unauthorized_client", 700016,
                $"Application with identifier '{clientId}' was not found in the directory '{tenantId}'.", time);
        }

        var assertion = form["client_assertion"].ToString();
        if (assertion.Length > 0)
        {
            var assertionType = form["client_assertion_type"].ToString();
            if (assertionType != ClientAssertionValidator.JwtBearer)
            {
                return EntraError.Create(400, "invalid_request", 50027,
                    $"JWT token is invalid or malformed. [Reason - client_assertion_type must be '{ClientAssertionValidator.JwtBearer}', was '{assertionType}'.]", time);
            }

            // Entra takes the assertion against both token endpoints of the tenant (v2.0 and v1).
            var endpoint = $"{Authority.BaseUrl(request)}/{tenant}/oauth2";
            if (await assertions.ValidateAsync(app, assertion, [$"{endpoint}/v2.0/token", $"{endpoint}/token"]) is { } refused)
            {
                return refused;
            }
        }
        else if (string.IsNullOrEmpty(clientSecret))
        {
            return EntraError.Create(401, "invalid_client", 7000218,
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", time);
        }
        else if (app.ClientSecret.Length == 0 || !string.Equals(app.ClientSecret, clientSecret, StringComparison.Ordinal))
        {
            // Entra answers a wrong secret with 401, not 400.
            return EntraError.Create(401, "invalid_client", 7000215,
                $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{app.ClientId}'.", time);
        }

        var scopes = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Length != 1 || !scopes[0].EndsWith("/.default", StringComparison.Ordinal))
        {
            return EntraError.Create(400, "invalid_scope", 1002012,
                $"The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).", time);
        }

        var resource = scopes[0][..^"/.default".Length];
        var audience = resource is GraphResource or "00000003-0000-0000-c000-000000000000" ? GraphResource : resource;
        var token = issuer.IssueAppToken(Authority.Issuer(request, tenantId), app, audience);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = issuer.LifetimeSeconds,
            ["ext_expires_in"] = issuer.LifetimeSeconds,
            ["access_token"] = token,
        });
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        // client_secret_basic: the credentials come in the Authorization header instead of the form.
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static bool IsTenant(string tenant, string tenantId) => string.Equals(tenant, tenantId, StringComparison.OrdinalIgnoreCase);

    private static IResult UnknownTenant(string tenant, TimeProvider time) =>
        EntraError.Create(400, "invalid_tenant", 90002, $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.", time);
}
