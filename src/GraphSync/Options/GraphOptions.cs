using System.ComponentModel.DataAnnotations;

namespace OutlookCms.GraphSync.Options;

/// <summary>How the worker reaches Microsoft Graph (section <c>Graph</c>): app-only, client credentials.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    [Required(ErrorMessage = "Graph:TenantId is required (the Entra ID tenant of the firm).")]
    public string TenantId { get; set; } = "";

    [Required(ErrorMessage = "Graph:ClientId is required (the GraphSync app registration).")]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "Graph:ClientSecret is required (or use a certificate in production; see docs/capture.md).")]
    public string ClientSecret { get; set; } = "";

    /// <summary>The Entra ID authority; the simulator's https URL in the demo and the tests.</summary>
    [Required]
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Attempts of one delta page after transient failures the SDK's own retry handler gave up on (dropped connections, long throttling).</summary>
    [Range(1, 20)]
    public int PageAttempts { get; set; } = 6;

    /// <summary>
    /// The SDK retry handler's base delay in whole seconds (Kiota's RetryHandlerOption.Delay) for a 429/503/504 that
    /// carries no Retry-After: it waits delay × 2^try. A Retry-After is always honoured as sent. 3 is the SDK's default.
    /// </summary>
    [Range(0, 180)]
    public int SdkRetryDelaySeconds { get; set; } = 3;

    /// <summary>First back-off between page attempts; doubles each time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan PageRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
