using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookCms.GraphSimulator.Mailboxes;

namespace OutlookCms.GraphSimulator.Graph;

/// <summary>Writes messages and events as Graph returns them: annotations first, then the viewed properties.</summary>
public static class ItemWriter
{
    private static readonly FrozenSet<string> NoSelectOnly = FrozenSet<string>.Empty;

    public static void WriteMessage(Utf8JsonWriter writer, JsonElement json, IReadOnlyList<ExtendedProperty> extended, ItemView view)
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.type", "#microsoft.graph.message");
        WriteEtag(writer, json);
        foreach (var property in json.EnumerateObject())
        {
            if (!view.Includes(property.Name, MessageShape.SelectOnly))
            {
                continue;
            }

            if (view.BodyAsText && property.Name is "body" or "uniqueBody")
            {
                WriteBodyAsText(writer, property);
                continue;
            }

            property.WriteTo(writer);
        }

        WriteExtended(writer, extended, view);
        writer.WriteEndObject();
    }

    /// <summary>An event; start and end in UTC unless <c>Prefer: outlook.timezone</c> names a zone, as Graph does.</summary>
    public static void WriteEvent(Utf8JsonWriter writer, JsonElement json, IReadOnlyList<ExtendedProperty> extended, EventSpan span, ItemView view)
    {
        var zoneName = view.TimeZone ?? "UTC";
        var zone = EventTime.FindZone(zoneName);
        writer.WriteStartObject();
        writer.WriteString("@odata.type", "#microsoft.graph.event");
        WriteEtag(writer, json);
        foreach (var property in json.EnumerateObject())
        {
            if (!view.Includes(property.Name, NoSelectOnly))
            {
                continue;
            }

            if (property.Name is "start" or "end")
            {
                writer.WritePropertyName(property.Name);
                EventTime.InZone(property.Name == "start" ? span.StartUtc : span.EndUtc, zone, zoneName).WriteTo(writer);
                continue;
            }

            if (view.BodyAsText && property.Name == "body")
            {
                WriteBodyAsText(writer, property);
                continue;
            }

            property.WriteTo(writer);
        }

        WriteExtended(writer, extended, view);
        writer.WriteEndObject();
    }

    public static void WriteRemoved(Utf8JsonWriter writer, string odataType, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.type", odataType);
        writer.WriteString("id", id);
        writer.WriteStartObject("@removed");
        writer.WriteString("reason", "deleted");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteEtag(Utf8JsonWriter writer, JsonElement json)
    {
        if (GraphJson.String(json, "changeKey") is { } changeKey)
        {
            writer.WriteString("@odata.etag", $"W/\"{changeKey}\"");
        }
    }

    private static void WriteExtended(Utf8JsonWriter writer, IReadOnlyList<ExtendedProperty> extended, ItemView view)
    {
        if (view.ExtendedPropertyIds is null)
        {
            return;
        }

        writer.WriteStartArray("singleValueExtendedProperties");
        foreach (var property in view.ExpandedProperties(extended))
        {
            writer.WriteStartObject();
            writer.WriteString("id", property.Id);
            writer.WriteString("value", property.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteBodyAsText(Utf8JsonWriter writer, JsonProperty body)
    {
        var isHtml = string.Equals(GraphJson.String(body.Value, "contentType"), "html", StringComparison.OrdinalIgnoreCase);
        var content = GraphJson.String(body.Value, "content") ?? "";
        writer.WritePropertyName(body.Name);
        new JsonObject
        {
            ["contentType"] = "text",
            ["content"] = isHtml ? GraphJson.HtmlToText(content) : content,
        }.WriteTo(writer);
    }
}
