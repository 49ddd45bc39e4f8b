using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookCms.Domain.Capture;

namespace OutlookCms.AddinHost.Api.Notifications;

/// <summary>
/// Where Graph delivers change notifications and lifecycle notifications. Anonymous (Graph sends no bearer token):
/// what authenticates a notification is the clientState of the subscription it names. Both answer Graph's validation
/// handshake (<c>?validationToken=</c> → 200 text/plain echo) and otherwise 202 at once; the sync runs in the worker.
/// </summary>
public static class GraphNotificationsApi
{
    public const string NotificationsPath = "/api/graph/notifications";
    public const string LifecyclePath = "/api/graph/lifecycle";

    public static void MapGraphNotificationsApi(this WebApplication app)
    {
        app.MapPost(NotificationsPath, Notifications).AllowAnonymous().WithTags("Graph notifications").DisableAntiforgery();
        app.MapPost(LifecyclePath, Lifecycle).AllowAnonymous().WithTags("Graph notifications").DisableAntiforgery();
    }

    private static async Task<IResult> Notifications(HttpContext context, NotificationSubscriber subscriber, CancellationToken ct)
    {
        if (Validation(context) is { } handshake)
        {
            return handshake;
        }

        var (notices, problem) = await ReadAsync(context, ct);
        if (problem is not null)
        {
            return problem;
        }

        var authentic = await subscriber.AuthenticAsync(notices!, ct);
        await subscriber.SyncSoonAsync([.. authentic.Select(a => a.Subscription)], ct);
        return Results.Accepted();
    }

    private static async Task<IResult> Lifecycle(HttpContext context, NotificationSubscriber subscriber, CancellationToken ct)
    {
        if (Validation(context) is { } handshake)
        {
            return handshake;
        }

        var (notices, problem) = await ReadAsync(context, ct);
        if (problem is not null)
        {
            return problem;
        }

        foreach (var (subscription, notice) in await subscriber.AuthenticAsync(notices!, ct))
        {
            if (notice.LifecycleEvent is { Length: > 0 and <= MailboxSubscription.EventMaxLength } lifecycleEvent)
            {
                subscriber.Lifecycle(subscription, lifecycleEvent);
            }
        }

        return Results.Accepted();
    }

    /// <summary>Graph's handshake: the token comes URL-encoded in the query and goes back as plain text, as it was.</summary>
    private static IResult? Validation(HttpContext context) =>
        context.Request.Query.TryGetValue("validationToken", out var token) && token.Count == 1
            ? Results.Text(token[0], "text/plain", statusCode: 200)
            : null;

    private static async Task<(List<NotificationSubscriber.Notice>? Notices, IResult? Problem)> ReadAsync(HttpContext context, CancellationToken ct)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (null, Results.Problem($"The body is not JSON: {e.Message}", statusCode: 400, title: "Not a Graph notification collection."));
        }

        if (body is not JsonObject { } root || root["value"] is not JsonArray items)
        {
            return (null, Results.Problem("Expected { \"value\": [ ... ] }.", statusCode: 400, title: "Not a Graph notification collection."));
        }

        return ([.. items.OfType<JsonObject>().Select(i => new NotificationSubscriber.Notice(Text(i, "subscriptionId"), Text(i, "clientState"), Text(i, "lifecycleEvent")))], null);
    }

    private static string? Text(JsonObject item, string name) => item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
