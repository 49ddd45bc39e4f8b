using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OutlookCms.GraphSimulator.Mailboxes;
using OutlookCms.GraphSimulator.Subscriptions;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>
/// <c>/v1.0/subscriptions</c>: create (with the validation handshake to the notification and lifecycle URLs), list,
/// get, renew or move (PATCH), delete, reauthorize. An app sees only its own subscriptions. Outlook's limits: message
/// and event subscriptions live at most 10,080 minutes (1,440 with resource data); 1,000 per mailbox.
/// </summary>
public static class SubscriptionsApi
{
    public const int MaxMinutes = 10_080;
    public const int MaxMinutesWithResourceData = 1_440;
    private static readonly string[] ChangeTypes = ["created", "updated", "deleted"];

    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1.0/subscriptions", Create);
        app.MapGet("/v1.0/subscriptions", List);
        app.MapGet("/v1.0/subscriptions/{id}", Get);
        app.MapPatch("/v1.0/subscriptions/{id}", Update);
        app.MapDelete("/v1.0/subscriptions/{id}", Delete);
        app.MapPost("/v1.0/subscriptions/{id}/reauthorize", Reauthorize);
        return app;
    }

    private static async Task<IResult> Create(
        HttpContext context, MailboxDirectory directory, SubscriptionStore store, WebhookClient webhooks, TimeProvider time, IOptions<SimulatorOptions> options)
    {
        var (body, invalid) = await GraphError.ReadBodyAsync(context.Request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body is null)
        {
            return GraphError.BadRequest("InvalidRequest", "A subscription object is required.");
        }

        var caller = (GraphCaller)context.Items[typeof(GraphCaller)]!;
        var resourceText = Text(body, "resource");
        if (SubscriptionResource.Parse(resourceText) is not { } resource)
        {
            return GraphError.BadRequest("InvalidRequest", $"The resource '{resourceText}' is not supported: use users/{{id}}/messages, users/{{id}}/mailFolders('{{folder}}')/messages or users/{{id}}/events.");
        }

        var permission = resource.Kind == SubscriptionResource.Event ? GraphPermission.ReadCalendars : GraphPermission.ReadMail;
        if (!caller.Holds(permission))
        {
            return permission.Denied();
        }

        if (!GraphError.TryMailbox(directory, resource.User, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        string? folderId = null;
        if (resource.Folder is { } folderName)
        {
            if (mailbox.FindFolder(folderName) is not { } folder)
            {
                return GraphError.NotFound("The specified folder could not be found in the store.");
            }

            folderId = folder.Id;
        }

        var changeType = Text(body, "changeType");
        var changeTypes = (changeType ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (changeTypes.Length == 0 || changeTypes.Any(c => !ChangeTypes.Contains(c, StringComparer.Ordinal)))
        {
            return GraphError.BadRequest("InvalidRequest", $"'{changeType}' is not a valid changeType: use created, updated, deleted, or a comma-separated list of them.");
        }

        var clientState = Text(body, "clientState");
        if (clientState is { Length: > 128 })
        {
            return GraphError.BadRequest("InvalidRequest", "clientState may be at most 128 characters.");
        }

        var includeResourceData = body["includeResourceData"] is JsonValue v && v.TryGetValue<bool>(out var include) && include;
        var (expiration, expirationError) = Expiration(body, includeResourceData, time.GetUtcNow());
        if (expirationError is not null)
        {
            return expirationError;
        }

        var notificationUrl = Text(body, "notificationUrl");
        var lifecycleUrl = Text(body, "lifecycleNotificationUrl");
        if ((UrlProblem(notificationUrl, "notificationUrl") ?? (lifecycleUrl is null ? null : UrlProblem(lifecycleUrl, "lifecycleNotificationUrl"))) is { } urlError)
        {
            return urlError;
        }

        foreach (var url in new[] { notificationUrl!, lifecycleUrl }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await webhooks.ValidateAsync(url, context.RequestAborted) is { } failure)
            {
                return GraphError.BadRequest("InvalidRequest", failure);
            }
        }

        var subscription = new Subscription
        {
            Id = Guid.NewGuid(),
            Resource = resourceText!,
            ApplicationId = caller.AppId,
            ChangeType = string.Join(',', changeTypes),
            ChangeTypes = changeTypes.ToHashSet(StringComparer.Ordinal),
            ClientState = clientState,
            NotificationUrl = notificationUrl!,
            LifecycleNotificationUrl = lifecycleUrl,
            ExpirationDateTime = expiration,
            IncludeResourceData = includeResourceData,
            LatestSupportedTlsVersion = Text(body, "latestSupportedTlsVersion") ?? "v1_2",
            MailboxId = mailbox.Id,
            Kind = resource.Kind,
            FolderId = folderId,
        };
        if (!store.TryAdd(subscription, options.Value.MaxSubscriptionsPerMailbox))
        {
            return new GraphError(403, "ExtensionError",
                $"Operation: Create; Exception: [Status Code: Forbidden; Reason: The mailbox already has the maximum of {options.Value.MaxSubscriptionsPerMailbox} subscriptions.]");
        }

        context.Response.Headers.Location = $"{context.Request.Scheme}://{context.Request.Host}/v1.0/subscriptions/{subscription.Id}";
        return new StatusResult(201, GraphResponses.Json(writer => subscription.Write(writer, GraphResponses.Context(context.Request, "subscriptions/$entity"))));
    }

    private static IResult List(HttpContext context, SubscriptionStore store)
    {
        var caller = (GraphCaller)context.Items[typeof(GraphCaller)]!;
        return GraphResponses.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", GraphResponses.Context(context.Request, "subscriptions"));
            writer.WriteStartArray("value");
            foreach (var subscription in store.All().Where(s => s.ApplicationId == caller.AppId))
            {
                subscription.Write(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static IResult Get(string id, HttpContext context, SubscriptionStore store) =>
        Own(id, context, store, out var subscription) is { } missing
            ? missing
            : GraphResponses.Json(writer => subscription!.Write(writer, GraphResponses.Context(context.Request, "subscriptions/$entity")));

    /// <summary>Renewal (a new expirationDateTime, within the limits from now) and/or a new notificationUrl, which is validated first.</summary>
    private static async Task<IResult> Update(string id, HttpContext context, SubscriptionStore store, WebhookClient webhooks, TimeProvider time)
    {
        if (Own(id, context, store, out var subscription) is { } missing)
        {
            return missing;
        }

        var (body, invalid) = await GraphError.ReadBodyAsync(context.Request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body is null)
        {
            return GraphError.BadRequest("InvalidRequest", "A subscription object is required.");
        }

        DateTimeOffset? expiration = null;
        if (body.ContainsKey("expirationDateTime"))
        {
            var (value, error) = Expiration(body, subscription!.IncludeResourceData, time.GetUtcNow());
            if (error is not null)
            {
                return error;
            }

            expiration = value;
        }

        var notificationUrl = Text(body, "notificationUrl");
        if (notificationUrl is not null)
        {
            if (UrlProblem(notificationUrl, "notificationUrl") is { } urlError)
            {
                return urlError;
            }

            if (await webhooks.ValidateAsync(notificationUrl, context.RequestAborted) is { } failure)
            {
                return GraphError.BadRequest("InvalidRequest", failure);
            }
        }

        store.Update(subscription!, s =>
        {
            s.ExpirationDateTime = expiration ?? s.ExpirationDateTime;
            s.NotificationUrl = notificationUrl ?? s.NotificationUrl;
        });
        return GraphResponses.Json(writer => subscription!.Write(writer, GraphResponses.Context(context.Request, "subscriptions/$entity")));
    }

    private static IResult Delete(string id, HttpContext context, SubscriptionStore store)
    {
        if (Own(id, context, store, out var subscription) is { } missing)
        {
            return missing;
        }

        store.Remove(subscription!.Id);
        return Results.NoContent();
    }

    /// <summary>The answer to a reauthorizationRequired challenge: nothing to refresh here, so only existence is checked.</summary>
    private static IResult Reauthorize(string id, HttpContext context, SubscriptionStore store) =>
        Own(id, context, store, out _) ?? Results.NoContent();

    private static GraphError? Own(string id, HttpContext context, SubscriptionStore store, out Subscription? subscription)
    {
        var caller = (GraphCaller)context.Items[typeof(GraphCaller)]!;
        subscription = Guid.TryParse(id, out var guid) ? store.Find(guid) : null;
        if (subscription is null || subscription.ApplicationId != caller.AppId)
        {
            subscription = null;
            return new GraphError(404, "ResourceNotFound", $"The subscription '{id}' was not found.");
        }

        return null;
    }

    private static (DateTimeOffset Value, GraphError? Error) Expiration(JsonObject body, bool includeResourceData, DateTimeOffset now)
    {
        var text = Text(body, "expirationDateTime");
        if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return (default, GraphError.BadRequest("InvalidRequest", "expirationDateTime is required, as an ISO 8601 date and time."));
        }

        if (value <= now)
        {
            return (default, GraphError.BadRequest("InvalidRequest", "Subscription expiration must be in the future."));
        }

        var limit = includeResourceData ? MaxMinutesWithResourceData : MaxMinutes;
        if (value > now.AddMinutes(limit))
        {
            return (default, GraphError.BadRequest("ExtensionError",
                $"Operation: Create; Exception: [Status Code: BadRequest; Reason: Subscription expiration can only be {limit} minutes in the future.]"));
        }

        return (value, null);
    }

    /// <summary>Graph wants https; the simulator also takes http on loopback, where tests and the demo listen.</summary>
    private static GraphError? UrlProblem(string? url, string name)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return GraphError.BadRequest("InvalidRequest", $"{name} must be an absolute https URL.");
        }

        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
            ? null
            : GraphError.BadRequest("InvalidRequest", $"{name} must be an https URL.");
    }

    private static string? Text(JsonObject body, string name) =>
        body.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue value
        && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A Graph JSON answer with another status than 200 (201 Created).</summary>
    private sealed class StatusResult(int status, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
