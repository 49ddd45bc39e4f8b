using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary><c>POST /v1.0/users/{id}/sendMail</c>: 202 Accepted, and the mail shows up in delta like real mail.</summary>
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
        try
        {
            delivery.Deliver(message, mailbox, saveToSentItems);
        }
        catch (FormatException e)
        {
            return GraphError.BadRequest("ErrorInvalidRecipients", e.Message);
        }

        return Results.Accepted();
    }
}
