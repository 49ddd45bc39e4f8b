using Microsoft.Extensions.Options;
using OutlookCms.GraphSimulator.Hosting;

namespace OutlookCms.GraphSimulator.Identity;

/// <summary>A simulator-only affordance: mint a signed user token for the demo sign-in and for tests.</summary>
public static class SimulatorTokensApi
{
    public static IEndpointRouteBuilder MapSimulatorTokensApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/_simulator/tokens", Mint).AddEndpointFilter<LoopbackOnlyFilter>();
        return app;
    }

    private static IResult Mint(UserTokenRequest body, HttpRequest request, TokenIssuer issuer, IOptions<SimulatorOptions> options)
    {
        if (body.Oid == Guid.Empty)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["oid"] = ["oid must be a non-empty GUID."] });
        }

        var token = issuer.IssueUserToken(Authority.Issuer(request, options.Value.TenantId), body);
        return Results.Ok(new UserTokenResponse(token, issuer.LifetimeSeconds));
    }
}
