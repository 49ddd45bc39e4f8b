using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>Mail folders, a message by id (also its MIME, <c>$value</c>), and message delta per folder (<c>messages/delta</c> and <c>messages/delta()</c>).</summary>
public static class MailApi
{
    private static readonly string[] UnsupportedDeltaOptions = ["$filter", "$orderby", "$search", "$skip", "$count"];

    public static IEndpointRouteBuilder MapMailApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/users/{user}/mailFolders", Folders).WithMetadata(GraphPermission.ReadMail);
        app.MapGet("/v1.0/users/{user}/mailFolders/{folder}", Folder).WithMetadata(GraphPermission.ReadMail);
        app.MapGet("/v1.0/users/{user}/mailFolders/{folder}/messages/delta", Delta).WithMetadata(GraphPermission.ReadMail);
        app.MapGet("/v1.0/users/{user}/mailFolders/{folder}/messages/delta()", Delta).WithMetadata(GraphPermission.ReadMail);
        app.MapGet("/v1.0/users/{user}/mailFolders/{folder}/messages/{id}", MessageInFolder).WithMetadata(GraphPermission.ReadMail);
        app.MapGet("/v1.0/users/{user}/messages/{id}", Message).WithMetadata(GraphPermission.ReadMail);
        app.MapGet("/v1.0/users/{user}/mailFolders/{folder}/messages/{id}/$value", MimeInFolder).WithMetadata(GraphPermission.ReadMail);
        app.MapGet("/v1.0/users/{user}/messages/{id}/$value", Mime).WithMetadata(GraphPermission.ReadMail);
        return app;
    }

    private static IResult Folders(string user, HttpRequest request, MailboxDirectory directory)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        return GraphResponses.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", GraphResponses.Context(request, $"users('{user}')/mailFolders"));
            writer.WriteStartArray("value");
            foreach (var folder in mailbox.Folders)
            {
                WriteFolder(writer, mailbox, folder);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static IResult Folder(string user, string folder, HttpRequest request, MailboxDirectory directory)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        if (mailbox.FindFolder(folder) is not { } found)
        {
            return GraphError.NotFound("The specified folder could not be found in the store.");
        }

        return GraphResponses.Json(writer => WriteFolder(writer, mailbox, found, GraphResponses.Context(request, $"users('{user}')/mailFolders/$entity")));
    }

    private static IResult MessageInFolder(string user, string folder, string id, HttpRequest request, MailboxDirectory directory)
    {
        var mailbox = directory.Find(user);
        var inFolder = mailbox?.FindFolder(folder) is { } found && mailbox.GetMessage(id)?.FolderId == found.Id;
        return mailbox is null || inFolder ? Message(user, id, request, directory) : GraphError.NotFound("The specified object was not found in the store.");
    }

    private static IResult Message(string user, string id, HttpRequest request, MailboxDirectory directory)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        if (mailbox.GetMessage(id) is not { } message)
        {
            return GraphError.NotFound("The specified object was not found in the store.");
        }

        var preferences = Preferences.From(request);
        var (view, error) = ItemView.Parse(request.Query["$select"], request.Query["$expand"], preferences,
            MessageShape.Properties, MessageShape.Navigation, "microsoft.graph.message");
        if (error is not null)
        {
            return error;
        }

        preferences.Acknowledge(request.HttpContext.Response, null);
        var (json, extended) = (message.Json, message.ExtendedProperties);
        return GraphResponses.Json(writer => ItemWriter.WriteMessage(writer, json, extended, view!));
    }

    private static IResult MimeInFolder(string user, string folder, string id, MailboxDirectory directory)
    {
        var mailbox = directory.Find(user);
        var inFolder = mailbox?.FindFolder(folder) is { } found && mailbox.GetMessage(id)?.FolderId == found.Id;
        return mailbox is null || inFolder ? Mime(user, id, directory) : GraphError.NotFound("The specified object was not found in the store.");
    }

    /// <summary>A message's MIME (<c>$value</c>), as text/plain like Graph's answer (<see cref="MessageMime.Export"/>).</summary>
    private static IResult Mime(string user, string id, MailboxDirectory directory)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        return mailbox.GetMessage(id) is { } message
            ? Results.Bytes(MessageMime.Export(message), "text/plain")
            : GraphError.NotFound("The specified object was not found in the store.");
    }

    /// <summary>
    /// One page of a folder's delta round. Query options of the first request ($select, $expand, $top, changeType)
    /// ride inside the tokens; the page size comes from <c>Prefer: odata.maxpagesize</c> on each request.
    /// </summary>
    private static IResult Delta(string user, string folder, HttpRequest request, MailboxDirectory directory, IOptions<SimulatorOptions> options)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        if (mailbox.FindFolder(folder) is not { } mailFolder)
        {
            return GraphError.NotFound("The specified folder could not be found in the store.");
        }

        var link = $"{DeltaRequest.BaseUrl(request)}/v1.0/users/{Uri.EscapeDataString(user)}/mailFolders/{Uri.EscapeDataString(folder)}/messages/delta";
        var (cursor, tokenError) = DeltaRequest.FromToken(request.Query, mailbox, DeltaCursor.MessagesKind, mailFolder.Id, _ => link);
        if (tokenError is not null)
        {
            return tokenError;
        }

        var preferences = Preferences.From(request);
        if (cursor is null)
        {
            var (first, error) = FirstRequest(request.Query, mailbox, mailFolder, preferences);
            if (error is not null)
            {
                return error;
            }

            cursor = first!;
        }

        var (view, viewError) = ItemView.Parse(cursor.Select, cursor.Expand, preferences,
            MessageShape.Properties, MessageShape.Navigation, "microsoft.graph.message");
        if (viewError is not null)
        {
            return viewError;
        }

        var pageSize = DeltaRequest.PageSize(preferences, cursor, options.Value);
        var page = mailbox.ReadMessageDelta(cursor, pageSize);
        preferences.Acknowledge(request.HttpContext.Response, preferences.MaxPageSize is null ? null : pageSize);
        return GraphResponses.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", GraphResponses.Context(request, "Collection(message)"));
            if (page.NextPage is { } next)
            {
                writer.WriteString("@odata.nextLink", $"{link}?$skiptoken={next.Encode()}");
            }
            else
            {
                writer.WriteString("@odata.deltaLink", $"{link}?$deltatoken={page.NextRound.Encode()}");
            }

            writer.WriteStartArray("value");
            foreach (var entry in page.Entries)
            {
                if (entry.Item is { } json)
                {
                    ItemWriter.WriteMessage(writer, json, entry.ExtendedProperties, view!);
                }
                else
                {
                    ItemWriter.WriteRemoved(writer, "#microsoft.graph.message", entry.Id);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static (DeltaCursor? Cursor, GraphError? Error) FirstRequest(IQueryCollection query, Mailbox mailbox, MailFolder folder, Preferences preferences)
    {
        foreach (var option in UnsupportedDeltaOptions)
        {
            if (DeltaRequest.First(query, option) is not null)
            {
                return (null, GraphError.BadRequest("ErrorInvalidUrlQuery",
                    $"The simulator's message delta supports $select, $expand, $top and changeType; '{option}' is not supported."));
            }
        }

        var changeType = DeltaRequest.First(query, "changeType");
        if (changeType is not null and not ("created" or "updated" or "deleted"))
        {
            return (null, GraphError.BadRequest("ErrorInvalidUrlQuery", $"changeType '{changeType}' is not one of created, updated, deleted."));
        }

        int? top = null;
        if (DeltaRequest.First(query, "$top") is { } topText)
        {
            if (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return (null, GraphError.BadRequest("ErrorInvalidUrlQuery", $"Invalid $top value '{topText}'."));
            }

            top = parsed;
        }

        var select = DeltaRequest.First(query, "$select");
        var expand = DeltaRequest.First(query, "$expand");
        var (_, error) = ItemView.Parse(select, expand, preferences, MessageShape.Properties, MessageShape.Navigation, "microsoft.graph.message");
        if (error is not null)
        {
            return (null, error);
        }

        return (new DeltaCursor
        {
            Kind = DeltaCursor.MessagesKind,
            Generation = mailbox.SyncGeneration,
            FolderId = folder.Id,
            Select = select,
            Expand = expand,
            ChangeType = changeType,
            Top = top,
        }, null);
    }

    private static void WriteFolder(Utf8JsonWriter writer, Mailbox mailbox, MailFolder folder, string? context = null)
    {
        var (total, unread) = mailbox.CountItems(folder.Id);
        writer.WriteStartObject();
        if (context is not null)
        {
            writer.WriteString("@odata.context", context);
        }

        writer.WriteString("id", folder.Id);
        writer.WriteString("displayName", folder.DisplayName);
        writer.WriteString("parentFolderId", GraphIds.FolderId(mailbox.Id, "msgfolderroot"));
        writer.WriteNumber("childFolderCount", 0);
        writer.WriteNumber("unreadItemCount", unread);
        writer.WriteNumber("totalItemCount", total);
        writer.WriteBoolean("isHidden", false);
        writer.WriteEndObject();
    }
}
