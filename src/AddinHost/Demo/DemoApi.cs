using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.AddinHost.Demo;

/// <summary>
/// Demo-only sign-in: lists the seeded firm users and asks the simulator's token issuer for a token.
/// Not mapped unless Demo:Enabled; production sign-in is Entra ID single sign-on.
/// </summary>
public static class DemoApi
{
    public static void AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || o.SimulatorUrl is not null, "Demo:SimulatorUrl is required when Demo:Enabled is true.")
            .ValidateOnStart();
        services.AddHttpClient<SimulatorTokens>();
    }

    public static void MapDemoApi(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            return;
        }

        var demo = app.MapGroup("/demo").WithTags("Demo").AllowAnonymous();
        demo.MapGet("/users", ListUsers);
        demo.MapPost("/signin", SignIn);
    }

    public sealed record DemoUser(Guid Id, string DisplayName, string Email, string Role, string? Team, string? Specialty);

    public sealed record SignInRequest(Guid UserId);

    public sealed record SignInResponse(string AccessToken, int ExpiresIn, DemoUser User);

    private static async Task<List<DemoUser>> ListUsers(CmsDb db, CancellationToken ct) =>
        await UsersQuery(db).ToListAsync(ct);

    private static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> SignIn(
        SignInRequest request, CmsDb db, SimulatorTokens tokens, CancellationToken ct)
    {
        var user = await UsersQuery(db, request.UserId).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return TypedResults.Problem($"No active firm user {request.UserId}.", statusCode: StatusCodes.Status404NotFound,
                title: "Unknown user");
        }

        var objectId = await db.FirmUsers.Where(u => u.Id == user.Id).Select(u => u.EntraObjectId).SingleAsync(ct);
        var (token, expiresIn) = await tokens.MintAsync(objectId, user, ct);
        return TypedResults.Ok(new SignInResponse(token, expiresIn, user));
    }

    /// <summary>Filters on the entity before projecting: EF cannot translate a filter on the projected record.</summary>
    private static IQueryable<DemoUser> UsersQuery(CmsDb db, Guid? only = null) =>
        from u in db.FirmUsers
        where u.IsActive && (only == null || u.Id == only)
        join t in db.Teams on u.TeamId equals t.Id into teams
        from t in teams.DefaultIfEmpty()
        orderby u.Role, u.DisplayName
        select new DemoUser(u.Id, u.DisplayName, u.Email, u.Role.ToString(), t == null ? null : t.Name,
            u.Specialty == null ? null : u.Specialty.ToString());

    /// <summary>The simulator's token-minting affordance (it stands in for Entra ID's sign-in).</summary>
    public sealed class SimulatorTokens(HttpClient http, IOptions<DemoOptions> options)
    {
        private sealed record MintRequest(Guid Oid, string Name, string PreferredUsername, string[] Roles, string Audience);

        private sealed record MintResponse(string AccessToken, int ExpiresIn);

        public async Task<(string Token, int ExpiresIn)> MintAsync(Guid objectId, DemoUser user, CancellationToken ct)
        {
            var url = new Uri(options.Value.SimulatorUrl!, "/_simulator/tokens");
            using var response = await http.PostAsJsonAsync(url,
                new MintRequest(objectId, user.DisplayName, user.Email, [user.Role], options.Value.Audience), ct);
            response.EnsureSuccessStatusCode();
            var minted = await response.Content.ReadFromJsonAsync<MintResponse>(ct)
                ?? throw new InvalidOperationException("The simulator returned no token.");
            return (minted.AccessToken, minted.ExpiresIn);
        }
    }
}
