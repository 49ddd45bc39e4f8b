using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>Small helpers over Graph JSON: conversions, Graph's date format, text from HTML.</summary>
public static partial class GraphJson
{
    public static JsonObject ToObject(JsonElement element) => JsonNode.Parse(element.GetRawText()) as JsonObject ?? [];

    public static JsonElement ToElement(JsonObject node) => JsonSerializer.SerializeToElement(node);

    /// <summary>Graph writes instants as ISO 8601 UTC with a Z and no fraction: 2016-12-09T20:30:00Z.</summary>
    public static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A member by name, ignoring case: Graph binds action parameters so (the SDK sends "Message").</summary>
    public static JsonNode? Member(JsonObject json, string name) =>
        json.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The address in <c>{ "emailAddress": { "address": ... } }</c>.</summary>
    public static string? Address(JsonNode? recipient) => String(recipient?["emailAddress"]?["address"]);

    public static string? Name(JsonNode? recipient) => String(recipient?["emailAddress"]?["name"]);

    /// <summary>Readable text of an HTML body, for bodyPreview and for <c>Prefer: outlook.body-content-type="text"</c>.</summary>
    public static string HtmlToText(string html)
    {
        var withoutBlocks = ScriptOrStyle().Replace(html, " ");
        var withBreaks = LineBreaks().Replace(withoutBlocks, "\n");
        var text = WebUtility.HtmlDecode(Tags().Replace(withBreaks, ""));
        return SpacesAndTabs().Replace(text, " ").Trim();
    }

    public static string Preview(JsonNode? body)
    {
        var content = String(body?["content"]) ?? "";
        var text = string.Equals(String(body?["contentType"]), "html", StringComparison.OrdinalIgnoreCase) ? HtmlToText(content) : content;
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<(br|/p|/div|/li|/tr|/h[1-6])[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \\t\\r\\f]+")]
    private static partial Regex SpacesAndTabs();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
