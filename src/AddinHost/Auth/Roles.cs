namespace OutlookCms.AddinHost.Auth;

/// <summary>App roles as they arrive in the token's <c>roles</c> claim (Entra app roles).</summary>
public static class Roles
{
    public const string Rep = "Rep";
    public const string Manager = "Manager";
    public const string Controller = "Controller";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Rep, Manager, Controller, Admin];
}
