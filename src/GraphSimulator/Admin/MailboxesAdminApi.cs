using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Hosting;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Admin;

/// <summary>
/// Changing mailboxes behind the client's back, as users and mail flow would (loopback only): add, change, move and
/// delete messages and events, deliver mail from outside, expire delta tokens.
/// </summary>
public static class MailboxesAdminApi
{
    /// <param name="HasMailbox">false: a directory user without an Exchange Online mailbox.</param>
    public sealed record CreateMailbox(string Address, JsonObject? User, bool? HasMailbox = null);

    public sealed record Move(string Destination);

    public sealed record Added(string Id, string? Folder, string? InternetMessageId);

    public static IEndpointRouteBuilder MapMailboxesAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_simulator").AddEndpointFilter<LoopbackOnlyFilter>().DisableAntiforgery();
        group.MapGet("/mailboxes", List);
        group.MapPost("/mailboxes", Create);
        group.MapGet("/mailboxes/{mailbox}/messages", ListMessages);
        group.MapPost("/mailboxes/{mailbox}/messages", AddMessage);
        group.MapPatch("/mailboxes/{mailbox}/messages/{id}", UpdateMessage);
        group.MapPost("/mailboxes/{mailbox}/messages/{id}/move", MoveMessage);
        group.MapDelete("/mailboxes/{mailbox}/messages/{id}", DeleteMessage);
        group.MapPost("/mailboxes/{mailbox}/events", AddEvent);
        group.MapPatch("/mailboxes/{mailbox}/events/{id}", UpdateEvent);
        group.MapDelete("/mailboxes/{mailbox}/events/{id}", DeleteEvent);
        group.MapPost("/mailboxes/{mailbox}/expire-delta-tokens", ExpireMailboxTokens);
        group.MapPost("/expire-delta-tokens", ExpireAllTokens);
        group.MapPost("/deliver", Deliver);
        return app;
    }

    private static IResult List(MailboxDirectory directory) => Results.Ok(directory.All.Select(m =>
    {
        var (messages, events) = m.Counts();
        return new { id = m.Id, address = m.Address, messages, events };
    }));

    private static IResult Create(CreateMailbox body, MailboxDirectory directory)
    {
        if (string.IsNullOrWhiteSpace(body.Address) || !body.Address.Contains('@', StringComparison.Ordinal))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["address"] = ["An email address is required."] });
        }

        var mailbox = directory.Create(body.Address, body.User, body.HasMailbox ?? true);
        return Results.Created($"/v1.0/users/{mailbox.Id}", new { id = mailbox.Id, address = mailbox.Address });
    }

    /// <summary>The messages of one folder (<c>?folder=</c> well-known name or id, default the inbox) as Graph JSON, newest
    /// first: a look into a mailbox without a token (the demo shows where a digest arrived).</summary>
    private static IResult ListMessages(string mailbox, string? folder, MailboxDirectory directory)
    {
        if (directory.Find(mailbox) is not { } found)
        {
            return NoMailbox(mailbox);
        }

        if (found.FindFolder(folder ?? WellKnownFolder.Inbox) is not { } mailFolder)
        {
            return Results.NotFound(new { error = $"Mailbox {found.Address} has no folder '{folder}'." });
        }

        return Results.Ok(found.MessagesIn(mailFolder.Id).Select(m => m.Json));
    }

    /// <summary>Adds Graph message JSON to a folder (<c>?folder=</c>, else its parentFolderId or the inbox).</summary>
    private static IResult AddMessage(string mailbox, string? folder, JsonObject message, MailboxDirectory directory, TimeProvider time)
    {
        if (directory.Find(mailbox) is not { } found)
        {
            return NoMailbox(mailbox);
        }

        try
        {
            var target = MessageShape.FolderOf(message, found, folder);
            var (id, json, extended) = MessageShape.Normalize(message, found, target, time.GetUtcNow());
            found.PutMessage(id, target.Id, json, extended);
            return Results.Created($"/v1.0/users/{found.Id}/messages/{id}", new Added(id, target.WellKnownName, GraphJson.String(json, "internetMessageId")));
        }
        catch (FormatException e)
        {
            return Results.Problem(e.Message, statusCode: 400);
        }
    }

    private static IResult UpdateMessage(string mailbox, string id, JsonObject patch, MailboxDirectory directory, TimeProvider time)
    {
        if (directory.Find(mailbox) is not { } found)
        {
            return NoMailbox(mailbox);
        }

        var now = time.GetUtcNow();
        return found.UpdateMessage(id, current => MessageShape.Patch(current, patch, now)) is null ? Results.NotFound() : Results.NoContent();
    }

    private static IResult MoveMessage(string mailbox, string id, Move body, MailboxDirectory directory, TimeProvider time)
    {
        if (directory.Find(mailbox) is not { } found)
        {
            return NoMailbox(mailbox);
        }

        if (found.FindFolder(body.Destination) is not { } destination)
        {
            return Results.Problem($"Mailbox {found.Address} has no folder '{body.Destination}'.", statusCode: 400);
        }

        var now = time.GetUtcNow();
        return found.MoveMessage(id, destination, json => MessageShape.Retarget(json, destination, now)) is null
            ? Results.NotFound()
            : Results.NoContent();
    }

    private static IResult DeleteMessage(string mailbox, string id, MailboxDirectory directory) =>
        directory.Find(mailbox) is not { } found ? NoMailbox(mailbox)
        : found.DeleteMessage(id) ? Results.NoContent()
        : Results.NotFound();

    private static IResult AddEvent(string mailbox, JsonObject ev, MailboxDirectory directory, TimeProvider time)
    {
        if (directory.Find(mailbox) is not { } found)
        {
            return NoMailbox(mailbox);
        }

        try
        {
            var (id, json, extended, span) = EventShape.Normalize(ev, found, time.GetUtcNow());
            found.PutEvent(id, json, extended, span);
            return Results.Created($"/v1.0/users/{found.Id}/events/{id}", new Added(id, null, GraphJson.String(json, "iCalUId")));
        }
        catch (FormatException e)
        {
            return Results.Problem(e.Message, statusCode: 400);
        }
    }

    private static IResult UpdateEvent(string mailbox, string id, JsonObject patch, MailboxDirectory directory, TimeProvider time)
    {
        if (directory.Find(mailbox) is not { } found)
        {
            return NoMailbox(mailbox);
        }

        try
        {
            var now = time.GetUtcNow();
            return found.UpdateEvent(id, json => EventShape.Patch(json, patch, now)) is null ? Results.NotFound() : Results.NoContent();
        }
        catch (FormatException e)
        {
            return Results.Problem(e.Message, statusCode: 400);
        }
    }

    private static IResult DeleteEvent(string mailbox, string id, MailboxDirectory directory) =>
        directory.Find(mailbox) is not { } found ? NoMailbox(mailbox)
        : found.DeleteEvent(id) ? Results.NoContent()
        : Results.NotFound();

    private static IResult ExpireMailboxTokens(string mailbox, MailboxDirectory directory)
    {
        if (directory.Find(mailbox) is not { } found)
        {
            return NoMailbox(mailbox);
        }

        found.ExpireDeltaTokens();
        return Results.NoContent();
    }

    private static IResult ExpireAllTokens(MailboxDirectory directory)
    {
        foreach (var mailbox in directory.All)
        {
            mailbox.ExpireDeltaTokens();
        }

        return Results.NoContent();
    }

    /// <summary>Mail arriving from anyone (its <c>from</c>): a copy in each recipient mailbox's Inbox, and in the
    /// sender's Sent Items when the sender has a mailbox here.</summary>
    private static IResult Deliver(JsonObject message, MailboxDirectory directory, MailDelivery delivery)
    {
        var sender = GraphJson.Address(message["from"]) is { } from ? directory.Find(from) : null;
        try
        {
            return Results.Ok(delivery.Deliver(message, sender, saveToSentItems: true));
        }
        catch (FormatException e)
        {
            return Results.Problem(e.Message, statusCode: 400);
        }
    }

    private static IResult NoMailbox(string mailbox) => Results.Problem($"No mailbox '{mailbox}'.", statusCode: 404);
}
