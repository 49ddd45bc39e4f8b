using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OutlookCms.AddinHost.Auth;
using OutlookCms.TestSupport;

namespace OutlookCms.AddinHost.Tests;

/// <summary>
/// Walks every endpoint the running app has mapped: each one is either on the short list of anonymous
/// endpoints or names a role policy, answers 401 without a token, and 403 to every role outside its policy.
/// A new endpoint without a policy fails here.
/// </summary>
public sealed class EndpointAuthorizationSweepTests(HostFixture host) : IClassFixture<HostFixture>
{
    /// <summary>
    /// Anonymous on purpose: probes, the API description, the pane's MSAL configuration, static pages (no data), the
    /// demo sign-in, and Graph's notification webhooks (Graph sends no token; the subscription's clientState is checked).
    /// </summary>
    private static readonly string[] AnonymousByDesign =
    [
        "GET /health",
        "GET /auth/config",
        "GET /openapi/{documentName}.json",
        "GET /signin",
        "GET /app/{**path}",
        "HEAD /app/{**path}",
        "GET /demo/users",
        "POST /demo/signin",
        "POST /api/graph/notifications",
        "POST /api/graph/lifecycle",
    ];

    private IReadOnlyList<(string Method, RouteEndpoint Endpoint)> Endpoints() =>
        [.. host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e)))];

    private static string Key(string method, RouteEndpoint e) => $"{method} /{e.RoutePattern.RawText!.TrimStart('/')}";

    [Fact]
    public void AnonymousEndpoints_AreExactlyTheOnesAllowedByDesign()
    {
        var anonymous = Endpoints().Where(x => x.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(x => Key(x.Method, x.Endpoint)).Order().ToList();
        Assert.True(AnonymousByDesign.Order().SequenceEqual(anonymous), "anonymous endpoints: " + string.Join(", ", anonymous));
    }

    [Fact]
    public void EveryOtherEndpoint_NamesExactlyOneRolePolicy()
    {
        var protectedEndpoints = ProtectedEndpoints();
        Assert.True(protectedEndpoints.Count >= 5, $"only {protectedEndpoints.Count} protected endpoints found");
        foreach (var (method, endpoint, policy) in protectedEndpoints)
        {
            Assert.True(policy is not null && Policies.RolesOf.ContainsKey(policy),
                $"{Key(method, endpoint)} names no role policy (use .RequireAuthorization(Policies.X))");
        }
    }

    [Fact]
    public async Task EveryProtectedEndpoint_Answers401WithoutAToken()
    {
        using var client = host.Anonymous();
        foreach (var (method, endpoint, _) in ProtectedEndpoints())
        {
            using var response = await client.SendAsync(RequestFor(method, endpoint));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{Key(method, endpoint)} answered {(int)response.StatusCode} without a token");
        }
    }

    [Fact]
    public async Task EveryProtectedEndpoint_Answers403ToEachRoleOutsideItsPolicy_AndToATokenWithoutRoles()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            clients[role] = await host.As(host.Users.Rep, role);
        }

        using var roleless = await host.WithToken(host.Users.Rep.EntraObjectId, "No Role", "norole@northbridge.example", []);
        var checkedPairs = 0;
        foreach (var (method, endpoint, policy) in ProtectedEndpoints())
        {
            foreach (var role in Roles.All.Except(Policies.RolesOf[policy!]))
            {
                using var response = await clients[role].SendAsync(RequestFor(method, endpoint));
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{Key(method, endpoint)} answered {(int)response.StatusCode} to role {role}");
                checkedPairs++;
            }

            using var none = await roleless.SendAsync(RequestFor(method, endpoint));
            Assert.True(none.StatusCode == HttpStatusCode.Forbidden, $"{Key(method, endpoint)} answered {(int)none.StatusCode} to a token without roles");
        }

        Assert.True(checkedPairs > 0);
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    private List<(string Method, RouteEndpoint Endpoint, string? Policy)> ProtectedEndpoints() =>
        [.. Endpoints().Where(x => x.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(x => (x.Method, x.Endpoint, x.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => a.Policy).SingleOrDefault(p => p is not null)))];

    private static HttpRequestMessage RequestFor(string method, RouteEndpoint endpoint)
    {
        var path = string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.NewGuid().ToString() : "x",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
        var request = new HttpRequestMessage(new HttpMethod(method), "/" + path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }
}
