namespace OutlookCms.GraphSimulator.Identity;

/// <summary>The URLs Entra would publish for the tenant, built from the host the caller used.</summary>
public static class Authority
{
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static string Issuer(HttpRequest request, string tenantId) => $"{BaseUrl(request)}/{tenantId}/v2.0";

    /// <summary>A token's issuer is ours when it is <c>https://{any loopback host}/{tenant}/v2.0</c>.</summary>
    public static bool IsOurIssuer(string? issuer, string tenantId) =>
        issuer is not null
        && Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.AbsolutePath.Equals($"/{tenantId}/v2.0", StringComparison.OrdinalIgnoreCase);
}
