using OutlookCms.GraphSimulator.Hosting;
using OutlookCms.GraphSimulator.Subscriptions;

namespace OutlookCms.GraphSimulator.Admin;

/// <summary>Looking at subscriptions and their deliveries, and sending lifecycle events on demand (loopback only).</summary>
public static class SubscriptionsAdminApi
{
    public static readonly IReadOnlySet<string> LifecycleEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        "reauthorizationRequired", "subscriptionRemoved", NotificationDispatcher.MissedEvent,
    };

    public sealed record LifecycleRequest(string LifecycleEvent);

    public static IEndpointRouteBuilder MapSubscriptionsAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_simulator").AddEndpointFilter<LoopbackOnlyFilter>().DisableAntiforgery();
        group.MapGet("/subscriptions", (SubscriptionStore store) => Results.Ok(store.All().Select(View)));
        group.MapPost("/subscriptions/{id:guid}/lifecycle", Lifecycle);
        group.MapGet("/notifications", (long? after, NotificationLog log) => Results.Ok(log.Since(after ?? 0)));
        return app;
    }

    /// <summary>
    /// Sends a lifecycle notification now. <c>subscriptionRemoved</c> also deletes the subscription, as Graph does when
    /// it drops one; the others leave it as it is (the subscriber is expected to renew, reauthorize or resync).
    /// </summary>
    private static IResult Lifecycle(Guid id, LifecycleRequest body, SubscriptionStore store, NotificationDispatcher dispatcher)
    {
        if (!LifecycleEvents.Contains(body.LifecycleEvent ?? ""))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["lifecycleEvent"] = [$"lifecycleEvent must be one of {string.Join(", ", LifecycleEvents)}."] });
        }

        if (store.Find(id) is not { } subscription)
        {
            return Results.NotFound();
        }

        if (!dispatcher.SendLifecycle(subscription, body.LifecycleEvent!, CancellationToken.None))
        {
            return Results.Problem("The subscription has no lifecycleNotificationUrl: Graph sends it no lifecycle notifications.", statusCode: 409);
        }

        if (body.LifecycleEvent == "subscriptionRemoved")
        {
            store.Remove(id);
        }

        return Results.Accepted();
    }

    private static object View(Subscription s) => new
    {
        id = s.Id,
        s.Resource,
        s.ApplicationId,
        s.ChangeType,
        s.ClientState,
        s.NotificationUrl,
        s.LifecycleNotificationUrl,
        s.ExpirationDateTime,
        s.MailboxId,
    };
}
