namespace OutlookCms.GraphSimulator.Tests.Support;

/// <summary>Graph message and event JSON for tests, built the way a scenario file would hold them.</summary>
public static class Mail
{
    public static object Recipient(string address, string? name = null) => new { emailAddress = new { name = name ?? address, address } };

    public static object Received(string subject, string from, string to, string? sensitivity = null, object[]? headers = null) => new Dictionary<string, object?>
    {
        ["subject"] = subject,
        ["from"] = Recipient(from),
        ["toRecipients"] = new[] { Recipient(to) },
        ["body"] = new { contentType = "html", content = $"<p>{subject}</p>" },
        ["receivedDateTime"] = "2026-11-02T09:00:00Z",
        ["sensitivity"] = sensitivity,
        ["internetMessageHeaders"] = headers,
    }.Where(p => p.Value is not null).ToDictionary();

    public static object Event(string subject, string start, string end, string timeZone = "UTC", string type = "singleInstance", object? extra = null)
    {
        var ev = new Dictionary<string, object?>
        {
            ["subject"] = subject,
            ["type"] = type,
            ["start"] = new { dateTime = start, timeZone },
            ["end"] = new { dateTime = end, timeZone },
        };
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                ev[property.Name] = property.GetValue(extra);
            }
        }

        return ev;
    }
}
