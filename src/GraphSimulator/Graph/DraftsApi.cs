using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>
/// Drafts as Graph has them: <c>POST /v1.0/users/{id}/messages</c> creates a draft in Drafts (201 with the message) from
/// message JSON or, with <c>Content-Type: text/plain</c>, from base64 MIME (<see cref="MimeRequest"/>), and
/// <c>POST /v1.0/users/{id}/messages/{id}/send</c> sends it (202): the draft moves to Sent Items under the same id (the
/// simulator's ids are immutable, as with <c>Prefer: IdType="ImmutableId"</c>) and each recipient with a mailbox here
/// gets a copy in the Inbox, exactly as sendMail delivers. <c>GET /messages/{id}</c> then shows the sent copy.
/// </summary>
public static class DraftsApi
{
    public static IEndpointRouteBuilder MapDraftsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1.0/users/{user}/messages", Create).WithMetadata(GraphPermission.WriteMail).DisableAntiforgery();
        app.MapPost("/v1.0/users/{user}/messages/{id}/send", Send).WithMetadata(GraphPermission.SendMail).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Create(string user, HttpRequest request, MailboxDirectory directory, TimeProvider time)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        JsonObject? body;
        byte[]? mime = null;
        if (MimeRequest.IsMime(request))
        {
            var (content, badMime) = await MimeRequest.ReadAsync(request);
            if (badMime is not null)
            {
                return badMime;
            }

            (body, mime) = (content!.Properties, content.Bytes);
        }
        else
        {
            (body, var invalid) = await GraphError.ReadBodyAsync(request);
            if (invalid is not null)
            {
                return invalid;
            }
        }

        if (body is null)
        {
            return GraphError.BadRequest("ErrorInvalidParameter", "The request body must be a message.");
        }

        // What the server owns is not taken from the client.
        foreach (var owned in new[] { "id", "parentFolderId", "changeKey", "createdDateTime", "lastModifiedDateTime", "sentDateTime", "receivedDateTime", "from", "sender" })
        {
            body.Remove(owned);
        }

        body["isDraft"] = true;
        body["isRead"] = true;
        var drafts = mailbox.Folder(WellKnownFolder.Drafts);
        var now = time.GetUtcNow();
        body["createdDateTime"] = GraphJson.Instant(now);
        body["lastModifiedDateTime"] = GraphJson.Instant(now);
        body["receivedDateTime"] = GraphJson.Instant(now);
        var (id, json, extended) = MessageShape.Normalize(body, mailbox, drafts, now);
        var stored = mailbox.PutMessage(id, drafts.Id, json, extended, mime);

        var preferences = Preferences.From(request);
        preferences.Acknowledge(request.HttpContext.Response, null);
        var location = $"{request.Scheme}://{request.Host}/v1.0/users/{Uri.EscapeDataString(user)}/messages/{Uri.EscapeDataString(stored.Id)}";
        var response = GraphResponses.Json(writer => ItemWriter.WriteMessage(writer, stored.Json, stored.ExtendedProperties, ItemView.Default));
        request.HttpContext.Response.Headers.Location = location;
        return new Created(response);
    }

    private static IResult Send(string user, string id, HttpRequest request, MailboxDirectory directory, MailDelivery delivery)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        if (mailbox.GetMessage(id) is not { } draft)
        {
            return GraphError.NotFound("The specified object was not found in the store.");
        }

        if (!(draft.Json.TryGetProperty("isDraft", out var isDraft) && isDraft.ValueKind == JsonValueKind.True))
        {
            // Graph refuses to send an item that is no longer a draft; the simulator's wording.
            return GraphError.BadRequest("ErrorInvalidOperation", "Only a draft message can be sent; this item has already been sent.");
        }

        try
        {
            delivery.Deliver(GraphJson.ToObject(draft.Json), mailbox, saveToSentItems: true, sentItemId: draft.Id, mime: draft.Mime);
        }
        catch (FormatException e)
        {
            return GraphError.BadRequest("ErrorInvalidRecipients", e.Message);
        }

        return Results.Accepted();
    }

    /// <summary>A JSON response with status 201.</summary>
    private sealed class Created(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status201Created;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
