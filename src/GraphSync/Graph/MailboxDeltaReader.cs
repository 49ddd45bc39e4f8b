using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Capture;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Pipeline;

namespace OutlookCms.GraphSync.Graph;

/// <summary>
/// Reads one delta page of one stream of one mailbox through the Graph SDK: the first page of a round with the
/// request builder, later pages and later rounds by following the stored link (<c>WithUrl</c>). The SDK's retry
/// handler deals with 429/503/504 and Retry-After; what it gives up on (dropped connections, long throttling)
/// is retried here a bounded number of times, since a page read has no side effects.
/// </summary>
public sealed partial class MailboxDeltaReader(GraphServiceClient graph, IOptions<GraphOptions> graphOptions, IOptions<CaptureOptions> captureOptions, TimeProvider time, ILogger<MailboxDeltaReader> logger)
{
    private readonly CaptureOptions _capture = captureOptions.Value;

    // Passed with every request: the handler takes a request's own option over its default one.
    private readonly RetryHandlerOption _retry = new() { Delay = graphOptions.Value.SdkRetryDelaySeconds };

    public async Task<DeltaPage> ReadPageAsync(string mailbox, MailboxStream stream, string? link, CancellationToken cancellationToken)
    {
        var options = graphOptions.Value;
        var delay = options.PageRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return stream == MailboxStream.Calendar
                    ? await ReadEventsAsync(mailbox, link, cancellationToken)
                    : await ReadMessagesAsync(mailbox, FolderOf(stream), link, cancellationToken);
            }
            catch (ApiException e) when (e.ResponseStatusCode == 410)
            {
                throw new DeltaTokenExpiredException($"The delta link of {stream} of {mailbox} expired (410).", e);
            }
            catch (ODataError e) when (e.ResponseStatusCode == 404 && MailboxUnavailableException.IsMailboxUnavailable(e.Error?.Code))
            {
                throw new MailboxUnavailableException(e.Error!.Code!, $"Graph has no mailbox for {mailbox}: 404 {e.Error.Code}: {e.Error.Message}", e);
            }
            catch (Exception e) when (attempt < options.PageAttempts && IsTransient(e, cancellationToken))
            {
                LogRetry(logger, stream, mailbox, attempt, e.Message);
                await Task.Delay(delay, time, cancellationToken);
                delay *= 2;
            }
        }
    }

    public static string FolderOf(MailboxStream stream) => stream switch
    {
        MailboxStream.Inbox => "inbox",
        MailboxStream.SentItems => "sentitems",
        MailboxStream.Archive => "archive",
        _ => throw new ArgumentOutOfRangeException(nameof(stream), stream, "Not a mail folder."),
    };

    private async Task<DeltaPage> ReadMessagesAsync(string mailbox, string folder, string? link, CancellationToken cancellationToken)
    {
        var delta = graph.Users[mailbox].MailFolders[folder].Messages.Delta;
        var pageSize = PageSizePreference();
        var response = link is null
            ? await delta.GetAsDeltaGetResponseAsync(c =>
            {
                c.QueryParameters.Select = MessageReader.Select;
                c.QueryParameters.Expand = MessageReader.Expand;
                c.Headers.Add("Prefer", pageSize);
                c.Options.Add(_retry);
            }, cancellationToken)
            : await delta.WithUrl(link).GetAsDeltaGetResponseAsync(c =>
            {
                c.Headers.Add("Prefer", pageSize);
                c.Options.Add(_retry);
            }, cancellationToken);
        var items = (response?.Value ?? []).Select(m => MessageReader.Read(m, _capture.MaxRecipients, _capture.OtherInferenceIsBulk)).ToList();
        return new DeltaPage(items, response?.OdataNextLink, response?.OdataDeltaLink);
    }

    private async Task<DeltaPage> ReadEventsAsync(string mailbox, string? link, CancellationToken cancellationToken)
    {
        var delta = graph.Users[mailbox].CalendarView.Delta;
        var preferences = new[] { PageSizePreference(), "outlook.timezone=\"UTC\"" };
        var now = time.GetUtcNow();
        // Calendar view delta takes no $select; the window rides in the tokens after the first request.
        var response = link is null
            ? await delta.GetAsDeltaGetResponseAsync(c =>
            {
                c.QueryParameters.StartDateTime = now.AddDays(-_capture.CalendarPastDays).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                c.QueryParameters.EndDateTime = now.AddDays(_capture.CalendarFutureDays).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                c.Headers.Add("Prefer", preferences);
                c.Options.Add(_retry);
            }, cancellationToken)
            : await delta.WithUrl(link).GetAsDeltaGetResponseAsync(c =>
            {
                c.Headers.Add("Prefer", preferences);
                c.Options.Add(_retry);
            }, cancellationToken);
        var items = (response?.Value ?? []).Select(e => EventReader.Read(e, _capture.MaxRecipients)).ToList();
        return new DeltaPage(items, response?.OdataNextLink, response?.OdataDeltaLink);
    }

    private string PageSizePreference() => $"odata.maxpagesize={_capture.PageSize}";

    /// <summary>Worth another attempt: throttling, outages, dropped connections, timeouts, also when they come
    /// wrapped (the SDK's retry handler throws an AggregateException of its failed tries when it gives up).</summary>
    private static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        ApiException api => api.ResponseStatusCode is 429 or 500 or 502 or 503 or 504,
        HttpRequestException or IOException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException aggregate => aggregate.InnerExceptions.Any(inner => IsTransient(inner, cancellationToken)),
        { InnerException: { } inner } => IsTransient(inner, cancellationToken),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delta page of {Stream} of {Mailbox} failed (attempt {Attempt}): {Error}; retrying")]
    private static partial void LogRetry(ILogger logger, MailboxStream stream, string mailbox, int attempt, string error);
}
