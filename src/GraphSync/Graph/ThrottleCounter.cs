using System.Net;
using System.Runtime.CompilerServices;

namespace OutlookCms.GraphSync.Graph;

/// <summary>
/// Counts Graph's 429 answers for the mailbox being synced: sits below the SDK's retry handler (nearest the wire), so
/// each throttled attempt counts, also those the SDK retried successfully. The count belongs to the async flow that
/// called <see cref="Begin"/> (one mailbox run).
/// </summary>
public sealed class ThrottleCounter : DelegatingHandler
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <summary>Starts counting for this async flow; read the box's value when the run ends.</summary>
    public static StrongBox<int> Begin()
    {
        var box = new StrongBox<int>();
        Current.Value = box;
        return box;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }

        return response;
    }
}
