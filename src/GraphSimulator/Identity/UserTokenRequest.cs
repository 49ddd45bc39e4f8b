namespace OutlookCms.GraphSimulator.Identity;

/// <summary>Body of <c>POST /_simulator/tokens</c>: who the token is for.</summary>
public sealed record UserTokenRequest(
    Guid Oid,
    string? Name,
    string? PreferredUsername,
    IReadOnlyList<string>? Roles,
    string? Audience);

public sealed record UserTokenResponse(string AccessToken, int ExpiresIn);
