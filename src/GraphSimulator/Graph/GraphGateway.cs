using System.Globalization;
using Microsoft.Extensions.Options;
using OutlookCms.GraphSimulator.Faults;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>
/// What stands in front of every Graph call, in Graph's order: request ids, injected faults (the gateway's 429/5xx
/// and dropped connections), the bearer token and its roles, then the per-mailbox limits. Every call is logged.
/// </summary>
public sealed class GraphGateway(RequestDelegate next)
{
    public async Task InvokeAsync(
        HttpContext context,
        FaultInjector faults,
        GraphTokenValidator tokens,
        MailboxThrottle throttle,
        RequestLog log,
        MailboxDirectory directory,
        IOptions<SimulatorOptions> options)
    {
        if (!context.Request.Path.StartsWithSegments("/v1.0", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers["request-id"] = requestId;
        context.Response.Headers["client-request-id"] = context.Request.Headers["client-request-id"].FirstOrDefault() ?? requestId;

        var userSegment = context.GetRouteValue("user") as string;
        var mailbox = userSegment is null ? null : directory.Find(userSegment);
        string? faultKind = null;
        try
        {
            var fault = faults.Next(mailbox?.Address ?? userSegment, mailbox?.Id.ToString(), context.Request.Path.Value ?? "");
            var dropAfter = fault?.Kind == "dropAfter";
            if (fault is not null && !dropAfter)
            {
                faultKind = fault.Kind;
                if (fault.Kind == "drop")
                {
                    context.Abort();
                    return;
                }

                await FaultResponse(fault).ExecuteAsync(context);
                return;
            }

            var (caller, error) = await tokens.ValidateAsync(context.Request);
            if (caller is null)
            {
                await error!.ExecuteAsync(context);
                return;
            }

            var endpoint = context.GetEndpoint();
            if (endpoint is null)
            {
                var segment = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
                await GraphError.BadRequest("BadRequest", $"Resource not found for the segment '{segment}'.").ExecuteAsync(context);
                return;
            }

            var permission = endpoint.Metadata.GetMetadata<GraphPermission>();
            if (permission is not null && !caller.Holds(permission))
            {
                await permission.Denied().ExecuteAsync(context);
                return;
            }

            context.Items[typeof(GraphCaller)] = caller;
            IDisposable? lease = null;
            if (mailbox is not null)
            {
                (lease, var refusal) = throttle.Enter(caller.AppId, mailbox.Id);
                if (refusal is not null)
                {
                    faultKind = "mailboxLimit";
                    await Throttled(refusal, options.Value.ThrottleRetryAfterSeconds, "ApplicationThrottled").ExecuteAsync(context);
                    return;
                }
            }

            using (lease)
            {
                if (dropAfter)
                {
                    faultKind = fault!.Kind;
                    await RunThenDrop(context);
                    return;
                }

                await next(context);
            }
        }
        finally
        {
            var status = faultKind is "drop" or "dropAfter" ? 0 : context.Response.StatusCode;
            log.Add(context.Request.Method, context.Request.Path + context.Request.QueryString, mailbox?.Address ?? userSegment, status, faultKind);
        }
    }

    /// <summary>
    /// The request takes full effect (a mail is sent, a draft created) but the caller never hears: the response is
    /// written into a buffer that is thrown away and the connection is cut, as when a network path fails after the
    /// server committed. Only the caller's retry protocol can tell what happened.
    /// </summary>
    private async Task RunThenDrop(HttpContext context)
    {
        var body = context.Response.Body;
        await using var swallowed = new MemoryStream();
        context.Response.Body = swallowed;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Abort();
        }
    }

    private static GraphError FaultResponse(FaultRule fault) => fault.Kind switch
    {
        "throttle" => Throttled("Please retry again later.", fault.RetryAfterSeconds ?? 1, "TooManyRequests"),
        "unavailable" => WithRetryAfter(new GraphError(503, "serviceNotAvailable", "The service is temporarily unavailable. Try again after a delay."), fault.RetryAfterSeconds ?? 1),
        "gatewayTimeout" => new GraphError(504, "UnknownError", "The gateway did not receive a timely response."),
        _ => new GraphError(500, "generalException", "An unspecified error has occurred."),
    };

    /// <summary>Graph's 429: code in the error, and innerError repeating code "429" and status.</summary>
    private static GraphError Throttled(string message, int retryAfterSeconds, string code)
    {
        var error = WithRetryAfter(new GraphError(429, code, message), retryAfterSeconds);
        error.Inner["code"] = "429";
        error.Inner["message"] = "Please retry after";
        error.Inner["status"] = "429";
        return error;
    }

    private static GraphError WithRetryAfter(GraphError error, int seconds) =>
        seconds > 0 ? error.WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture)) : error;
}
