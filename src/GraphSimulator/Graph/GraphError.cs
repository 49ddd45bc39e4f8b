using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>Graph's error body: <c>{ "error": { "code", "message", "innerError": { "date", "request-id", "client-request-id" } } }</c>.</summary>
public sealed class GraphError(int status, string code, string message) : IResult
{
    private static readonly JsonSerializerOptions BodyJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Status { get; } = status;

    public string Code { get; } = code;

    public string Message { get; } = message;

    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra members of innerError (a 429 also says its status and code there).</summary>
    public IDictionary<string, string> Inner { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public static GraphError NotFound(string message) => new(404, "ErrorItemNotFound", message);

    public static GraphError InvalidUser(string user) => new(404, "ErrorInvalidUser", $"The requested user '{user}' is invalid.");

    /// <summary>What Graph answers for a user who exists but has no Exchange Online mailbox.</summary>
    public static GraphError MailboxNotEnabled() =>
        new(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");

    /// <summary>The mailbox of a mail or calendar call, or Graph's error: an unknown user, or a user without a mailbox.</summary>
    public static bool TryMailbox(
        Mailboxes.MailboxDirectory directory, string user, [NotNullWhen(true)] out Mailboxes.Mailbox? mailbox, [NotNullWhen(false)] out GraphError? error)
    {
        mailbox = directory.Find(user);
        error = mailbox is null ? InvalidUser(user) : mailbox.HasMailbox ? null : MailboxNotEnabled();
        if (error is not null)
        {
            mailbox = null;
            return false;
        }

        return mailbox is not null;
    }

    public static GraphError BadRequest(string code, string message) => new(400, code, message);

    /// <summary>A request's JSON body as an object (null when it is JSON but not an object), or Graph's 400 for invalid JSON.</summary>
    public static async Task<(JsonObject? Body, GraphError? Error)> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return (await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject, null);
        }
        catch (JsonException e)
        {
            return (null, BadRequest("RequestBodyRead", $"The request body is not valid JSON: {e.Message}"));
        }
    }

    public GraphError WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentType = GraphResponses.ContentType;
        await response.WriteAsync(Body(httpContext), httpContext.RequestAborted);
    }

    public string Body(HttpContext httpContext)
    {
        var inner = new Dictionary<string, string>(Inner)
        {
            ["date"] = httpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            ["request-id"] = httpContext.Response.Headers["request-id"].ToString(),
            ["client-request-id"] = httpContext.Response.Headers["client-request-id"].ToString(),
        };
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["error"] = new Dictionary<string, object> { ["code"] = Code, ["message"] = Message, ["innerError"] = inner },
        }, BodyJson);
    }
}
