using System.Text.Json.Nodes;
using OutlookCms.Domain.Seeding.Rows;

namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>
/// Graph v1.0 JSON for a user, a message and an event, as Graph returns them. A message carries no
/// <c>sensitivity</c> (v1.0 has none): a personal or private one has PR_SENSITIVITY as a single-value extended
/// property; transport headers only on received copies.
/// </summary>
internal static class GraphShapes
{
    public static JsonNode User(FirmUserRow rep) => new JsonObject
    {
        ["id"] = rep.EntraObjectId.ToString(),
        ["displayName"] = rep.DisplayName,
        ["givenName"] = rep.DisplayName.Split(' ')[0],
        ["surname"] = rep.DisplayName.Split(' ')[^1],
        ["jobTitle"] = rep.Role == Firm.FirmRole.Manager ? "Head of Desk" : "Relationship Manager",
        ["mail"] = rep.Email.ToLowerInvariant(),
        ["userPrincipalName"] = rep.Email.ToLowerInvariant(),
    };

    public static JsonObject Message(MailPlan mail, bool received, DateTimeOffset receivedAt, DateTimeOffset? now = null)
    {
        var message = new JsonObject
        {
            ["createdDateTime"] = Utc(receivedAt),
            ["lastModifiedDateTime"] = Utc(receivedAt),
            ["receivedDateTime"] = Utc(receivedAt),
            ["sentDateTime"] = Utc(mail.SentAt),
            ["hasAttachments"] = false,
            ["internetMessageId"] = mail.InternetMessageId,
            ["subject"] = mail.Subject,
            ["bodyPreview"] = mail.Body,
            ["importance"] = "normal",
            ["conversationId"] = mail.ConversationId,
            // Mail older than a day has been read; today's may not have been.
            ["isRead"] = !received || now is null || now.Value - receivedAt > TimeSpan.FromDays(1),
            ["isDraft"] = false,
            ["inferenceClassification"] = mail.IsOther ? "other" : "focused",
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = mail.Body },
            ["sender"] = Address(mail.From),
            ["from"] = Address(mail.From),
            ["toRecipients"] = Addresses(mail.To),
            ["ccRecipients"] = Addresses(mail.Cc),
            ["bccRecipients"] = received ? new JsonArray() : Addresses(mail.Bcc),
            ["replyTo"] = new JsonArray(),
        };

        if (received)
        {
            var headers = new JsonArray { Header("Message-ID", mail.InternetMessageId) };
            if (mail.InReplyTo is { } inReplyTo)
            {
                headers.Add(Header("In-Reply-To", inReplyTo));
                headers.Add(Header("References", inReplyTo));
            }

            foreach (var (name, value) in mail.ListHeaders)
            {
                headers.Add(Header(name, value));
            }

            if (mail.Sensitivity is 1 or 2)
            {
                headers.Add(Header("Sensitivity", mail.Sensitivity == 1 ? "Personal" : "Private"));
            }

            message["internetMessageHeaders"] = headers;
        }

        if (mail.Sensitivity != 0)
        {
            message["singleValueExtendedProperties"] = new JsonArray(new JsonObject
            {
                ["id"] = "Integer 0x36",
                ["value"] = mail.Sensitivity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return message;
    }

    public static JsonObject Event(MeetingPlan meeting, string owner, string? seriesMasterId)
    {
        var isOrganizer = meeting.Organizer.Address == owner;
        var zone = WindowsZone(meeting.TimeZoneId);
        var ev = new JsonObject
        {
            ["iCalUId"] = meeting.ICalUId,
            ["type"] = meeting.Type,
            ["subject"] = meeting.Subject,
            ["bodyPreview"] = meeting.Body,
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = meeting.Body },
            ["importance"] = "normal",
            ["sensitivity"] = meeting.IsPrivate ? "private" : "normal",
            ["isAllDay"] = false,
            ["isCancelled"] = meeting.IsCancelled,
            ["isOrganizer"] = isOrganizer,
            ["responseRequested"] = true,
            ["showAs"] = meeting.IsCancelled ? "free" : "busy",
            ["isOnlineMeeting"] = meeting.IsOnline,
            ["onlineMeetingProvider"] = meeting.IsOnline ? "teamsForBusiness" : "unknown",
            ["originalStartTimeZone"] = zone,
            ["originalEndTimeZone"] = zone,
            ["responseStatus"] = new JsonObject { ["response"] = isOrganizer ? "organizer" : "accepted", ["time"] = "0001-01-01T00:00:00Z" },
            ["start"] = Local(meeting.Start, meeting.TimeZoneId, zone),
            ["end"] = Local(meeting.End, meeting.TimeZoneId, zone),
            ["location"] = new JsonObject { ["displayName"] = meeting.Location ?? (meeting.IsOnline ? "Microsoft Teams Meeting" : "") },
            ["organizer"] = Address(meeting.Organizer),
            ["attendees"] = Attendees(meeting),
        };

        if (seriesMasterId is not null)
        {
            ev["seriesMasterId"] = seriesMasterId;
            ev["originalStart"] = Utc(meeting.OriginalStart ?? meeting.Start);
        }

        return ev;
    }

    public static JsonObject SeriesMaster(string uid, string id, List<MeetingPlan> occurrences, string owner, DayOfWeek weekday)
    {
        var first = occurrences[0] with { ICalUId = uid, Type = "seriesMaster", IsCancelled = false, Case = "series-master" };
        var master = Event(first, owner, null);
        master["id"] = id;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(first.TimeZoneId);
        master["recurrence"] = new JsonObject
        {
            ["pattern"] = new JsonObject
            {
                ["type"] = "weekly",
                ["interval"] = 1,
                ["daysOfWeek"] = new JsonArray(weekday.ToString().ToLowerInvariant()),
                ["firstDayOfWeek"] = "monday",
            },
            ["range"] = new JsonObject
            {
                ["type"] = "endDate",
                ["startDate"] = ScenarioGenerator.Invariant($"{TimeZoneInfo.ConvertTime(first.Start, zone):yyyy-MM-dd}"),
                ["endDate"] = ScenarioGenerator.Invariant($"{TimeZoneInfo.ConvertTime(occurrences[^1].OriginalStart ?? occurrences[^1].Start, zone):yyyy-MM-dd}"),
                ["recurrenceTimeZone"] = WindowsZone(first.TimeZoneId),
            },
        };
        return master;
    }

    /// <summary>A stable Graph-looking id for an item we must name (a series master, so occurrences can point at it).</summary>
    public static string Id(string kind, string owner, string key)
    {
        var hash = ScenarioGenerator.Mix(ScenarioGenerator.Mix((ulong)Fnv(owner)) ^ (ulong)Fnv(kind + key));
        var bytes = new byte[32];
        for (var i = 0; i < bytes.Length; i++)
        {
            hash = ScenarioGenerator.Mix(hash + (ulong)i);
            bytes[i] = (byte)hash;
        }

        return "AAMkA" + Convert.ToBase64String(bytes).Replace('/', '-').Replace('+', '_');
    }

    private static long Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }

    private static JsonArray Attendees(MeetingPlan meeting)
    {
        var attendees = new JsonArray();
        foreach (var attendee in meeting.Attendees)
        {
            attendees.Add(new JsonObject
            {
                ["type"] = "required",
                ["status"] = new JsonObject { ["response"] = "accepted", ["time"] = Utc(meeting.Start.AddDays(-2)) },
                ["emailAddress"] = new JsonObject { ["name"] = attendee.Name, ["address"] = attendee.Address },
            });
        }

        if (meeting.Room is { } room)
        {
            attendees.Add(new JsonObject
            {
                ["type"] = "resource",
                ["status"] = new JsonObject { ["response"] = "accepted", ["time"] = Utc(meeting.Start.AddDays(-2)) },
                ["emailAddress"] = new JsonObject { ["name"] = room.Name, ["address"] = room.Address },
            });
        }

        return attendees;
    }

    private static JsonObject Local(DateTimeOffset at, string ianaZone, string writtenZone)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(ianaZone));
        return new JsonObject { ["dateTime"] = ScenarioGenerator.Invariant($"{local.DateTime:yyyy-MM-ddTHH:mm:ss}.0000000"), ["timeZone"] = writtenZone };
    }

    /// <summary>Outlook writes Windows zone names ("W. Europe Standard Time"); the IANA name when there is none.</summary>
    private static string WindowsZone(string ianaZone) =>
        TimeZoneInfo.TryConvertIanaIdToWindowsId(ianaZone, out var windows) ? windows : ianaZone;

    private static string Utc(DateTimeOffset at) => ScenarioGenerator.Invariant($"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");

    private static JsonObject Address(MailAddress who) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = who.Name, ["address"] = who.Address } };

    private static JsonArray Addresses(IEnumerable<MailAddress> who) => new(who.Select(a => (JsonNode)Address(a)).ToArray());

    private static JsonObject Header(string name, string value) => new() { ["name"] = name, ["value"] = value };
}
