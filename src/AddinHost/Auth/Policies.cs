using Microsoft.AspNetCore.Authorization;

namespace OutlookCms.AddinHost.Auth;

/// <summary>
/// Every endpoint names one of these; each is a set of roles, so the endpoint sweep test can tell
/// which roles must get 403. A token without a firm role gets 403 everywhere.
/// </summary>
public static class Policies
{
    public const string AnyFirmUser = nameof(AnyFirmUser);
    public const string RepOrManager = nameof(RepOrManager);
    public const string ManagerOrAdmin = nameof(ManagerOrAdmin);
    public const string Controller = nameof(Controller);
    public const string ControllerOrAdmin = nameof(ControllerOrAdmin);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        [AnyFirmUser] = [Roles.Rep, Roles.Manager, Roles.Controller, Roles.Admin],
        [RepOrManager] = [Roles.Rep, Roles.Manager],
        [ManagerOrAdmin] = [Roles.Manager, Roles.Admin],
        [Controller] = [Roles.Controller],
        [ControllerOrAdmin] = [Roles.Controller, Roles.Admin],
        [Admin] = [Roles.Admin],
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesOf)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        // An endpoint that forgets its policy still demands a signed-in user; the sweep test fails it anyway.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
