using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace OutlookCms.GraphSimulator.Subscriptions;

/// <summary>The simulator's side of webhooks: the validation handshake and the POSTs of notifications.</summary>
public sealed class WebhookClient(IOptions<SimulatorOptions> options) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Graph's handshake: <c>POST {url}?validationToken={token}</c> (text/plain, no body); the endpoint must answer
    /// 200 with exactly the token as text within 10 seconds. Null when it did, else Graph's error message.
    /// </summary>
    public async Task<string?> ValidateAsync(string url, CancellationToken cancellationToken)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.SubscriptionValidationTimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}{separator}validationToken={Uri.EscapeDataString(token)}")
            {
                Content = new StringContent("", Encoding.UTF8, "text/plain"),
            };
            using var response = await _http.SendAsync(request, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.";
            }

            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return body == token ? null : "Subscription validation request failed. Response must exactly match validationToken query parameter.";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "Subscription validation request timed out.";
        }
        catch (HttpRequestException)
        {
            return "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.";
        }
    }

    /// <summary>POSTs a notification collection; the status answered, 0 when there was no answer in 10 seconds.</summary>
    public async Task<int> PostAsync(string url, string json, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.SubscriptionValidationTimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            using var response = await _http.SendAsync(request, timeout.Token);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    public void Dispose() => _http.Dispose();
}
