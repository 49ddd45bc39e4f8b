using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>Graph's dateTimeTimeZone ({ dateTime, timeZone }) to instants and back; Windows and IANA zone names both work.</summary>
public static class EventTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public static DateTimeOffset ToUtc(JsonNode? dateTimeTimeZone, string what)
    {
        var text = GraphJson.String(dateTimeTimeZone?["dateTime"])
            ?? throw new FormatException($"The event's {what} needs {{ \"dateTime\", \"timeZone\" }}.");
        var zone = FindZone(GraphJson.String(dateTimeTimeZone?["timeZone"]) ?? "UTC");
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
        {
            throw new FormatException($"The event's {what}.dateTime '{text}' is not an ISO 8601 date and time.");
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            return new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero);
        }

        try
        {
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(parsed, zone), TimeSpan.Zero);
        }
        catch (ArgumentException)
        {
            // A wall-clock time skipped by a daylight-saving change: Exchange moves it forward, so do we.
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(parsed.AddHours(1), zone), TimeSpan.Zero);
        }
    }

    /// <summary>The instant as Graph writes it in a time zone: <c>{ "dateTime": "2016-12-09T20:30:00.0000000", "timeZone": "UTC" }</c>.</summary>
    public static JsonObject InZone(DateTimeOffset instant, TimeZoneInfo zone, string zoneName) => new()
    {
        ["dateTime"] = TimeZoneInfo.ConvertTime(instant, zone).DateTime.ToString(Format, CultureInfo.InvariantCulture),
        ["timeZone"] = zoneName,
    };

    public static TimeZoneInfo FindZone(string name)
    {
        if (name.Equals("UTC", StringComparison.OrdinalIgnoreCase) || name.Equals("tzone://Microsoft/Utc", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new FormatException($"Unknown time zone '{name}'.");
        }
    }
}
