using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Graph;

/// <summary>The one GraphServiceClient of the worker: app-only through Azure.Identity (GraphCredential: certificate or secret), the SDK's default middleware.</summary>
public static class GraphClientFactory
{
    public const string GraphScope = "https://graph.microsoft.com/.default";

    public static GraphServiceClient Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credential = GraphCredential.Create(options);
        // Without the Graph host in the allowed hosts the SDK sends no Authorization header to a non-Microsoft host, silently.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [options.BaseUrl.Host], scopes: [GraphScope]);
        // The default handlers include Kiota's RetryHandler: 429, 503 and 504 are retried, honouring Retry-After.
        // The throttle counter goes last, nearest the wire, so it sees every 429 the retry handler absorbs.
        var handlers = Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new ThrottleCounter());
        var http = Microsoft.Graph.GraphClientFactory.Create(handlers);
        return new GraphServiceClient(http, authentication, options.BaseUrl.ToString().TrimEnd('/'));
    }
}
