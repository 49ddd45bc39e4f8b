using Microsoft.Extensions.Primitives;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>Reads the state token of a delta request and checks it belongs to this mailbox, resource and generation.</summary>
public static class DeltaRequest
{
    public const int MaxPageSize = 1000;

    /// <summary>The cursor of a follow-up request, or null when the request carries no token (a new round).</summary>
    public static (DeltaCursor? Cursor, GraphError? Error) FromToken(
        IQueryCollection query, Mailbox mailbox, string kind, string? folderId, Func<DeltaCursor, string> initialUrl)
    {
        var token = First(query, "$skiptoken") ?? First(query, "$deltatoken");
        if (token is null)
        {
            return (null, null);
        }

        var cursor = DeltaCursor.Decode(token);
        if (cursor is null || cursor.Kind != kind || cursor.FolderId != folderId)
        {
            return (null, GraphError.BadRequest("ErrorInvalidUrlQuery", "The sync state token is malformed or belongs to another collection."));
        }

        if (cursor.Generation != mailbox.SyncGeneration)
        {
            // Graph: 410 Gone, and a Location header with the URL of a fresh initial round.
            return (null, new GraphError(410, "syncStateNotFound", "The sync state generation is not found. The delta token is expired and data must be synchronized again.")
                .WithHeader("Location", initialUrl(cursor)));
        }

        return (cursor, null);
    }

    public static int PageSize(Preferences preferences, DeltaCursor cursor, SimulatorOptions options) =>
        Math.Clamp(preferences.MaxPageSize ?? cursor.Top ?? options.DefaultDeltaPageSize, 1, MaxPageSize);

    public static string? First(IQueryCollection query, string name)
    {
        // OData options are case-insensitive in Graph ($skipToken, $deltaToken appear in its docs).
        foreach (var (key, value) in query)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase) && !StringValues.IsNullOrEmpty(value))
            {
                return value.ToString();
            }
        }

        return null;
    }

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
