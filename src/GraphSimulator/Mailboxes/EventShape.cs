using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>
/// Turns event JSON into what Graph holds: every property of the v1.0 event resource, filled in where missing.
/// Each occurrence of a series is its own event (own id and iCalUId, <c>seriesMasterId</c> set); a moved or
/// cancelled occurrence is an <c>exception</c>, cancelled ones with <c>isCancelled</c>.
/// </summary>
public static class EventShape
{
    public static readonly FrozenSet<string> Types = FrozenSet.Create(StringComparer.Ordinal, "singleInstance", "occurrence", "exception", "seriesMaster");

    public static (string Id, JsonElement Json, IReadOnlyList<ExtendedProperty> ExtendedProperties, EventSpan Span) Normalize(
        JsonObject input, Mailbox mailbox, DateTimeOffset now)
    {
        var ev = (JsonObject)input.DeepClone();
        foreach (var key in ev.Select(p => p.Key).Where(k => k.StartsWith('@')).ToList())
        {
            ev.Remove(key);
        }

        var extended = new List<ExtendedProperty>();
        if (ev["singleValueExtendedProperties"] is JsonArray given)
        {
            extended.AddRange(given
                .Where(p => GraphJson.String(p?["id"]) is not null)
                .Select(p => new ExtendedProperty(GraphJson.String(p!["id"])!, p["value"]?.ToString() ?? "")));
        }

        ev.Remove("singleValueExtendedProperties");
        var span = Span(ev);
        var id = GraphJson.String(ev["id"]) is { Length: > 0 } existing ? existing : GraphIds.NewItemId();
        var organizer = GraphJson.Address(ev["organizer"]);
        var isOrganizer = organizer is null || string.Equals(organizer, mailbox.Address, StringComparison.OrdinalIgnoreCase);
        var stamp = GraphJson.Instant(now);
        var iCalUId = GraphJson.String(ev["iCalUId"]) ?? GraphIds.ICalUId();

        ev["id"] = id;
        ev["createdDateTime"] ??= stamp;
        ev["lastModifiedDateTime"] ??= stamp;
        ev["changeKey"] ??= GraphIds.NewChangeKey();
        ev["categories"] ??= new JsonArray();
        ev["transactionId"] ??= null;
        ev["originalStartTimeZone"] ??= GraphJson.String(ev["start"]?["timeZone"]) ?? "UTC";
        ev["originalEndTimeZone"] ??= GraphJson.String(ev["end"]?["timeZone"]) ?? "UTC";
        ev["iCalUId"] = iCalUId;
        ev["uid"] ??= iCalUId;
        ev["reminderMinutesBeforeStart"] ??= 15;
        ev["isReminderOn"] ??= true;
        ev["hasAttachments"] ??= false;
        ev["subject"] ??= "";
        ev["body"] ??= new JsonObject { ["contentType"] = "html", ["content"] = "" };
        ev["bodyPreview"] ??= GraphJson.Preview(ev["body"]);
        ev["importance"] ??= "normal";
        ev["sensitivity"] ??= "normal";
        ev["isAllDay"] ??= false;
        ev["isCancelled"] ??= false;
        ev["isOrganizer"] ??= isOrganizer;
        ev["responseRequested"] ??= true;
        ev["seriesMasterId"] ??= null;
        ev["showAs"] ??= "busy";
        ev["type"] = span.Type;
        ev["webLink"] ??= $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(id)}&exvsurl=1&path=/calendar/item";
        ev["onlineMeetingUrl"] ??= null;
        ev["isOnlineMeeting"] ??= false;
        ev["onlineMeetingProvider"] ??= "unknown";
        ev["allowNewTimeProposals"] ??= true;
        ev["isDraft"] ??= false;
        ev["hideAttendees"] ??= false;
        ev["responseStatus"] ??= new JsonObject
        {
            ["response"] = isOrganizer ? "organizer" : "notResponded",
            ["time"] = "0001-01-01T00:00:00Z",
        };
        ev["location"] ??= new JsonObject { ["displayName"] = "", ["locationType"] = "default", ["uniqueIdType"] = "unknown" };
        ev["locations"] ??= new JsonArray();
        ev["recurrence"] ??= null;
        ev["attendees"] ??= new JsonArray();
        ev["organizer"] ??= new JsonObject
        {
            ["emailAddress"] = new JsonObject { ["name"] = GraphJson.String(mailbox.User, "displayName"), ["address"] = mailbox.Address },
        };
        ev["onlineMeeting"] ??= null;

        return (id, GraphJson.ToElement(ev), extended, span);
    }

    /// <summary>Top-level properties of the patch replace the event's; a new start or end moves it.</summary>
    public static (JsonElement Json, EventSpan Span) Patch(JsonElement current, JsonObject patch, DateTimeOffset now)
    {
        var ev = GraphJson.ToObject(current);
        var changes = (JsonObject)patch.DeepClone();
        foreach (var (key, value) in changes.ToList())
        {
            if (key is "id" || key.StartsWith('@'))
            {
                continue;
            }

            changes.Remove(key);
            ev[key] = value;
        }

        var span = Span(ev);
        ev["type"] = span.Type;
        ev["changeKey"] = GraphIds.NewChangeKey();
        ev["lastModifiedDateTime"] = GraphJson.Instant(now);
        return (GraphJson.ToElement(ev), span);
    }

    private static EventSpan Span(JsonObject ev)
    {
        var type = GraphJson.String(ev["type"]) ?? "singleInstance";
        if (!Types.Contains(type))
        {
            throw new FormatException($"Event type '{type}' is not one of singleInstance, occurrence, exception, seriesMaster.");
        }

        var start = EventTime.ToUtc(ev["start"], "start");
        var end = EventTime.ToUtc(ev["end"], "end");
        if (end < start)
        {
            throw new FormatException("The event ends before it starts.");
        }

        return new EventSpan(start, end, type);
    }
}
