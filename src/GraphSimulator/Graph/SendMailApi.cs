using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary><c>POST /v1.0/users/{id}/sendMail</c> with message JSON or, as <c>text/plain</c>, base64 MIME
/// (<see cref="MimeRequest"/>): 202 Accepted, and the mail shows up in delta like real mail.</summary>
public static class SendMailApi
{
    public static IEndpointRouteBuilder MapSendMailApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1.0/users/{user}/sendMail", SendMail).WithMetadata(GraphPermission.SendMail).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> SendMail(string user, HttpRequest request, MailboxDirectory directory, MailDelivery delivery)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        if (MimeRequest.IsMime(request))
        {
            // The MIME form has no saveToSentItems: the sent copy is always kept.
            var (content, badMime) = await MimeRequest.ReadAsync(request);
            return badMime ?? Deliver(delivery, content!.Properties, mailbox, saveToSentItems: true, content.Bytes);
        }

        var (body, invalid) = await GraphError.ReadBodyAsync(request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body is null || GraphJson.Member(body, "message") is not JsonObject message)
        {
            return GraphError.BadRequest("ErrorInvalidParameter", "The value of the parameter 'Message' is empty.");
        }

        var saveToSentItems = GraphJson.Member(body, "saveToSentItems") is not JsonValue save || !save.TryGetValue<bool>(out var flag) || flag;
        return Deliver(delivery, message, mailbox, saveToSentItems, mime: null);
    }

    private static IResult Deliver(MailDelivery delivery, JsonObject message, Mailbox mailbox, bool saveToSentItems, byte[]? mime)
    {
        try
        {
            delivery.Deliver(message, mailbox, saveToSentItems, mime: mime);
        }
        catch (FormatException e)
        {
            return GraphError.BadRequest("ErrorInvalidRecipients", e.Message);
        }

        return Results.Accepted();
    }
}
