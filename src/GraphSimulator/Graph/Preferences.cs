namespace OutlookCms.GraphSimulator.Graph;

/// <summary>The <c>Prefer</c> header values Graph honours for mail and calendar.</summary>
public sealed record Preferences(int? MaxPageSize, bool BodyAsText, string? TimeZone, bool ImmutableId = false)
{
    public static Preferences From(HttpRequest request)
    {
        int? maxPageSize = null;
        var bodyAsText = false;
        string? timeZone = null;
        var immutableId = false;
        foreach (var header in request.Headers["Prefer"])
        {
            foreach (var part in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (name, value) = Split(part);
                if (name.Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, out var size) && size > 0)
                {
                    maxPageSize = size;
                }
                else if (name.Equals("outlook.body-content-type", StringComparison.OrdinalIgnoreCase))
                {
                    bodyAsText = value.Equals("text", StringComparison.OrdinalIgnoreCase);
                }
                else if (name.Equals("outlook.timezone", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
                {
                    timeZone = value;
                }
                else if (name.Equals("IdType", StringComparison.OrdinalIgnoreCase))
                {
                    immutableId = value.Equals("ImmutableId", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return new Preferences(maxPageSize, bodyAsText, timeZone, immutableId);
    }

    /// <summary>Tells the client which preferences were applied, as Graph does with Preference-Applied.</summary>
    public void Acknowledge(HttpResponse response, int? appliedPageSize)
    {
        var applied = new List<string>();
        if (appliedPageSize is { } size)
        {
            applied.Add($"odata.maxpagesize={size}");
        }

        if (BodyAsText)
        {
            applied.Add("outlook.body-content-type=\"text\"");
        }

        if (TimeZone is not null)
        {
            applied.Add($"outlook.timezone=\"{TimeZone}\"");
        }

        // The simulator's item ids never change on a move, which is what Graph's immutable ids promise.
        if (ImmutableId)
        {
            applied.Add("IdType=\"ImmutableId\"");
        }

        if (applied.Count > 0)
        {
            response.Headers["Preference-Applied"] = string.Join(", ", applied);
        }
    }

    private static (string Name, string Value) Split(string part)
    {
        var equals = part.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (part, "") : (part[..equals].Trim(), part[(equals + 1)..].Trim().Trim('"'));
    }
}
