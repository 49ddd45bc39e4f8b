using OutlookCms.GraphSimulator.Faults;
using OutlookCms.GraphSimulator.Hosting;

namespace OutlookCms.GraphSimulator.Admin;

/// <summary>Switching Graph faults on and off, and reading the request log (loopback only).</summary>
public static class FaultsApi
{
    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_simulator").AddEndpointFilter<LoopbackOnlyFilter>().DisableAntiforgery();
        group.MapPost("/faults", Add);
        group.MapGet("/faults", (FaultInjector faults) => Results.Ok(faults.List()));
        group.MapDelete("/faults", Clear);
        group.MapDelete("/faults/{id}", (string id, FaultInjector faults) => faults.Remove(id) ? Results.NoContent() : Results.NotFound());
        group.MapGet("/requests", Requests);
        return app;
    }

    private static IResult Add(FaultRule rule, FaultInjector faults)
    {
        if (rule.Validate() is { } problem)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [problem] });
        }

        var installed = faults.Add(rule);
        return Results.Created($"/_simulator/faults/{installed.Id}", installed);
    }

    /// <summary>Removes every fault; <c>?seed=</c> restarts the random sequence of probabilistic faults.</summary>
    private static IResult Clear(int? seed, FaultInjector faults)
    {
        faults.Clear(seed);
        return Results.NoContent();
    }

    /// <summary>Graph requests after number <c>after</c>, optionally for one mailbox, oldest first.</summary>
    private static IResult Requests(long? after, string? mailbox, RequestLog log) => Results.Ok(log.Since(after ?? 0, mailbox));
}
