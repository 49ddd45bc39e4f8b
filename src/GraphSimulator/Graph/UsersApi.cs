using System.Collections.Frozen;
using System.Text.Json;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary><c>/v1.0/users</c> and <c>/v1.0/users/{id | userPrincipalName}</c>.</summary>
public static class UsersApi
{
    private static readonly FrozenSet<string> Properties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "jobTitle", "mobilePhone",
        "officeLocation", "preferredLanguage", "businessPhones");

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/users", List).WithMetadata(GraphPermission.ReadUsers);
        app.MapGet("/v1.0/users/{user}", Get).WithMetadata(GraphPermission.ReadUsers);
        return app;
    }

    private static IResult List(HttpRequest request, MailboxDirectory directory)
    {
        var (view, error) = ItemView.Parse(request.Query["$select"], null, Preferences.From(request), Properties, FrozenSet<string>.Empty, "microsoft.graph.user");
        if (error is not null)
        {
            return error;
        }

        return GraphResponses.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", GraphResponses.Context(request, "users"));
            writer.WriteStartArray("value");
            foreach (var mailbox in directory.All)
            {
                WriteUser(writer, mailbox.User, view!);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static IResult Get(string user, HttpRequest request, MailboxDirectory directory)
    {
        var mailbox = directory.Find(user);
        if (mailbox is null)
        {
            return new GraphError(404, "Request_ResourceNotFound",
                $"Resource '{user}' does not exist or one of its queried reference-property objects are not present.");
        }

        var (view, error) = ItemView.Parse(request.Query["$select"], null, Preferences.From(request), Properties, FrozenSet<string>.Empty, "microsoft.graph.user");
        if (error is not null)
        {
            return error;
        }

        return GraphResponses.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", GraphResponses.Context(request, "users/$entity"));
            WriteProperties(writer, mailbox.User, view!);
            writer.WriteEndObject();
        });
    }

    private static void WriteUser(Utf8JsonWriter writer, JsonElement user, ItemView view)
    {
        writer.WriteStartObject();
        WriteProperties(writer, user, view);
        writer.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter writer, JsonElement user, ItemView view)
    {
        foreach (var property in user.EnumerateObject())
        {
            if (view.Includes(property.Name, FrozenSet<string>.Empty))
            {
                property.WriteTo(writer);
            }
        }
    }
}
