using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Options;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>The primary calendar: an event by id, and calendar view delta (<c>calendarView/delta</c> and <c>delta()</c>).</summary>
public static class CalendarApi
{
    private static readonly FrozenSet<string> EventProperties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "transactionId", "originalStartTimeZone",
        "originalEndTimeZone", "iCalUId", "uid", "reminderMinutesBeforeStart", "isReminderOn", "hasAttachments", "subject",
        "bodyPreview", "importance", "sensitivity", "isAllDay", "isCancelled", "isOrganizer", "responseRequested",
        "seriesMasterId", "showAs", "type", "webLink", "onlineMeetingUrl", "isOnlineMeeting", "onlineMeetingProvider",
        "allowNewTimeProposals", "isDraft", "hideAttendees", "responseStatus", "body", "start", "end", "originalStart",
        "location", "locations", "recurrence", "attendees", "organizer", "onlineMeeting");

    private static readonly FrozenSet<string> EventNavigation = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "singleValueExtendedProperties", "multiValueExtendedProperties", "attachments", "extensions", "instances", "calendar");

    private static readonly string[] UnsupportedDeltaOptions = ["$select", "$expand", "$filter", "$orderby", "$search", "$top", "$skip"];

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/users/{user}/calendarView/delta", Delta).WithMetadata(GraphPermission.ReadCalendars);
        app.MapGet("/v1.0/users/{user}/calendarView/delta()", Delta).WithMetadata(GraphPermission.ReadCalendars);
        app.MapGet("/v1.0/users/{user}/events/{id}", Event).WithMetadata(GraphPermission.ReadCalendars);
        return app;
    }

    private static IResult Event(string user, string id, HttpRequest request, MailboxDirectory directory)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        if (mailbox.GetEvent(id) is not { } stored)
        {
            return GraphError.NotFound("The specified object was not found in the store.");
        }

        var preferences = Preferences.From(request);
        var (view, error) = ItemView.Parse(request.Query["$select"], request.Query["$expand"], preferences, EventProperties, EventNavigation, "microsoft.graph.event");
        if (error is not null)
        {
            return error;
        }

        preferences.Acknowledge(request.HttpContext.Response, null);
        var (json, extended, span) = (stored.Json, stored.ExtendedProperties, stored.Span);
        return GraphResponses.Json(writer => ItemWriter.WriteEvent(writer, json, extended, span, view!));
    }

    /// <summary>
    /// One page of a calendar view's delta round. The window comes with the first request and rides in the tokens;
    /// Graph supports no other query option here, so the simulator refuses them as Graph does.
    /// </summary>
    private static IResult Delta(string user, HttpRequest request, MailboxDirectory directory, IOptions<SimulatorOptions> options)
    {
        if (!GraphError.TryMailbox(directory, user, out var mailbox, out var noMailbox))
        {
            return noMailbox;
        }

        var link = $"{DeltaRequest.BaseUrl(request)}/v1.0/users/{Uri.EscapeDataString(user)}/calendarView/delta";
        // Graph's Location for a fresh round repeats the window, so the client can start over from it.
        var (cursor, tokenError) = DeltaRequest.FromToken(request.Query, mailbox, DeltaCursor.CalendarViewKind, null,
            old => $"{link}?startDateTime={GraphJson.Instant(old.WindowStart!.Value)}&endDateTime={GraphJson.Instant(old.WindowEnd!.Value)}");
        if (tokenError is not null)
        {
            return tokenError;
        }

        if (cursor is null)
        {
            var (first, error) = FirstRequest(request.Query, mailbox);
            if (error is not null)
            {
                return error;
            }

            cursor = first!;
        }

        var preferences = Preferences.From(request);
        if (preferences.TimeZone is { } zone)
        {
            try
            {
                EventTime.FindZone(zone);
            }
            catch (FormatException)
            {
                return GraphError.BadRequest("TimeZoneNotSupportedException", $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zone}'.");
            }
        }

        var view = new ItemView(null, null, preferences.BodyAsText, preferences.TimeZone);
        var pageSize = DeltaRequest.PageSize(preferences, cursor, options.Value);
        var page = mailbox.ReadCalendarDelta(cursor, pageSize);
        preferences.Acknowledge(request.HttpContext.Response, preferences.MaxPageSize is null ? null : pageSize);
        return GraphResponses.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", GraphResponses.Context(request, "Collection(event)"));
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
                if (entry is { Item: { } json, Span: { } span })
                {
                    ItemWriter.WriteEvent(writer, json, entry.ExtendedProperties, span, view);
                }
                else
                {
                    ItemWriter.WriteRemoved(writer, "#microsoft.graph.event", entry.Id);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static (DeltaCursor? Cursor, GraphError? Error) FirstRequest(IQueryCollection query, Mailbox mailbox)
    {
        var unsupported = UnsupportedDeltaOptions.Where(o => DeltaRequest.First(query, o) is not null).ToList();
        if (unsupported.Count > 0)
        {
            return (null, GraphError.BadRequest("ErrorInvalidUrlQuery",
                $"The following parameters are not supported with change tracking over the 'CalendarView' resource: '{string.Join(", ", unsupported)}'."));
        }

        var start = Instant(DeltaRequest.First(query, "startDateTime"));
        var end = Instant(DeltaRequest.First(query, "endDateTime"));
        if (start is null || end is null)
        {
            return (null, GraphError.BadRequest("ErrorInvalidParameter",
                "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime."));
        }

        if (end <= start)
        {
            return (null, GraphError.BadRequest("ErrorInvalidParameter", "The parameter 'EndDateTime' must be later than 'StartDateTime'."));
        }

        return (new DeltaCursor
        {
            Kind = DeltaCursor.CalendarViewKind,
            Generation = mailbox.SyncGeneration,
            WindowStart = start,
            WindowEnd = end,
        }, null);
    }

    /// <summary>Graph reads a window bound without an offset as UTC.</summary>
    private static DateTimeOffset? Instant(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : null;
}
