using System.Globalization;

namespace OutlookCms.GraphSimulator.Identity;

/// <summary>Token endpoint errors in Entra's shape: error, error_description (AADSTS code), error_codes, trace ids.</summary>
public static class EntraError
{
    public static IResult Create(int status, string error, int code, string description, TimeProvider time)
    {
        var traceId = Guid.NewGuid().ToString();
        var correlationId = Guid.NewGuid().ToString();
        var timestamp = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Results.Json(new Dictionary<string, object>
        {
            ["error"] = error,
            ["error_description"] = $"AADSTS{code}: {description}\r\nTrace ID: {traceId}\r\nCorrelation ID: {correlationId}\r\nTimestamp: {timestamp}",
            ["error_codes"] = new[] { code },
            ["timestamp"] = timestamp,
            ["trace_id"] = traceId,
            ["correlation_id"] = correlationId,
            ["error_uri"] = $"https://login.microsoftonline.com/error?code={code}",
        }, statusCode: status);
    }
}
