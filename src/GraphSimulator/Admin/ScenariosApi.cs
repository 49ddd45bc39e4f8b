using OutlookCms.GraphSimulator.Faults;
using OutlookCms.GraphSimulator.Hosting;
using OutlookCms.GraphSimulator.Mailboxes;
using OutlookCms.GraphSimulator.Scenarios;
using OutlookCms.GraphSimulator.Subscriptions;

namespace OutlookCms.GraphSimulator.Admin;

/// <summary>Loading scenarios and resetting the simulator (loopback only).</summary>
public static class ScenariosApi
{
    public static IEndpointRouteBuilder MapScenariosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_simulator").AddEndpointFilter<LoopbackOnlyFilter>().DisableAntiforgery();
        group.MapPost("/scenarios", Load);
        group.MapPost("/reset", Reset);
        return app;
    }

    private static IResult Load(ScenarioDocument body, ScenarioLoader loader)
    {
        if ((body.Path is null) == (body.Mailboxes is null))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["path"] = ["Give either a scenario folder path or inline mailboxes."] });
        }

        try
        {
            var summary = body.Path is not null ? loader.LoadFolder(body.Path, body.Reset) : loader.Load(body.Mailboxes!, body.Reset);
            return Results.Ok(summary);
        }
        catch (ScenarioException e)
        {
            return Results.Problem(e.Message, statusCode: 400, title: "The scenario cannot be loaded.");
        }
    }

    private static IResult Reset(
        MailboxDirectory directory, FaultInjector faults, MailboxThrottle throttle, RequestLog log, SubscriptionStore subscriptions, NotificationLog notifications)
    {
        subscriptions.Clear();
        notifications.Clear();
        directory.Clear();
        faults.Clear();
        throttle.Reset();
        log.Clear();
        return Results.NoContent();
    }
}
