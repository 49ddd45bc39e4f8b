namespace OutlookCms.AddinHost.Auth;

/// <summary>
/// What the pane needs before anyone is signed in to ask Entra (through Outlook's nested app authentication) for a token
/// to this API: the app's client id, the tenant's authority and the API scope. Public by nature, like any SPA's
/// MSAL configuration; it names no user and no data.
/// </summary>
public static class SpaAuthConfigApi
{
    public const string Scope = "access_as_user";

    public sealed record SpaAuthConfig(string ClientId, string Authority, IReadOnlyList<string> Scopes);

    public static void MapSpaAuthConfigApi(this WebApplication app) =>
        app.MapGet("/auth/config", (IConfiguration configuration) => Read(configuration.GetSection("AzureAd")))
            .AllowAnonymous().WithTags("Auth");

    private static IResult Read(IConfigurationSection azureAd)
    {
        var instance = azureAd["Instance"];
        var tenant = azureAd["TenantId"];
        var clientId = azureAd["ClientId"];
        var audience = azureAd["Audience"];
        if (string.IsNullOrWhiteSpace(instance) || string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(clientId))
        {
            return Results.Problem(title: "Sign-in is not configured", detail: "AzureAd:Instance, TenantId and ClientId must be set.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var resource = string.IsNullOrWhiteSpace(audience) ? $"api://{clientId}" : audience.TrimEnd('/');
        return Results.Ok(new SpaAuthConfig(clientId, $"{instance.TrimEnd('/')}/{tenant}", [$"{resource}/{Scope}"]));
    }
}
