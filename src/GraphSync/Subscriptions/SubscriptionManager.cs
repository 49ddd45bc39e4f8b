using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Options;
using GraphSubscription = Microsoft.Graph.Models.Subscription;

namespace OutlookCms.GraphSync.Subscriptions;

/// <summary>
/// Creates and renews the Graph subscriptions of one mailbox's Inbox, Sent Items and calendar, each with a fresh
/// random clientState, and records them in <c>mailbox_subscriptions</c>. Graph validates AddinHost's URLs while it
/// creates one (AddinHost answers the handshake), so creating needs AddinHost up.
/// </summary>
public sealed partial class SubscriptionManager(
    CmsDb db,
    GraphServiceClient graph,
    IOptions<NotificationOptions> notificationOptions,
    IOptions<CaptureOptions> captureOptions,
    TimeProvider time,
    ILogger<SubscriptionManager> logger)
{
    /// <summary>The streams that get a subscription (Archive has none: mail filed there was already captured).</summary>
    public IEnumerable<MailboxStream> Streams =>
        captureOptions.Value.Streams.Distinct().Where(s => s is MailboxStream.Inbox or MailboxStream.SentItems or MailboxStream.Calendar);

    public static string Resource(string mailbox, MailboxStream stream) => stream switch
    {
        MailboxStream.Inbox => $"users/{mailbox}/mailFolders('Inbox')/messages",
        MailboxStream.SentItems => $"users/{mailbox}/mailFolders('SentItems')/messages",
        MailboxStream.Calendar => $"users/{mailbox}/events",
        _ => throw new ArgumentOutOfRangeException(nameof(stream), stream, "No subscription for this stream."),
    };

    /// <summary>Creates what is missing, renews what expires soon; a failure of one stream is recorded and the others go on.</summary>
    public async Task EnsureAsync(Guid firmUserId, string mailbox, CancellationToken cancellationToken)
    {
        var rows = await db.MailboxSubscriptions.Where(s => s.FirmUserId == firmUserId).ToDictionaryAsync(s => s.Stream, cancellationToken);
        foreach (var stream in Streams)
        {
            if (!rows.TryGetValue(stream, out var row))
            {
                row = new MailboxSubscription(firmUserId, stream, time.GetUtcNow());
                db.MailboxSubscriptions.Add(row);
            }

            var now = time.GetUtcNow();
            if (row.NeedsCreating(now))
            {
                await CreateAsync(row, mailbox, cancellationToken);
            }
            else if (row.ExpiresAt - now < notificationOptions.Value.RenewBefore)
            {
                await RenewAsync(row, mailbox, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>reauthorizationRequired: Graph wants the app to confirm it still may; reauthorize and push the expiry out.</summary>
    public async Task ReauthorizeAsync(Guid firmUserId, MailboxStream stream, string mailbox, CancellationToken cancellationToken)
    {
        if (await Row(firmUserId, stream, cancellationToken) is not { SubscriptionId: { } id } row)
        {
            return;
        }

        try
        {
            await graph.Subscriptions[id].Reauthorize.PostAsync(cancellationToken: cancellationToken);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            row.Removed(time.GetUtcNow());
        }

        if (row.State == MailboxSubscriptionState.Removed)
        {
            await CreateAsync(row, mailbox, cancellationToken);
        }
        else
        {
            await RenewAsync(row, mailbox, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>subscriptionRemoved: Graph dropped it; make a new one.</summary>
    public async Task RecreateAsync(Guid firmUserId, MailboxStream stream, string mailbox, CancellationToken cancellationToken)
    {
        var row = await Row(firmUserId, stream, cancellationToken);
        if (row is null)
        {
            row = new MailboxSubscription(firmUserId, stream, time.GetUtcNow());
            db.MailboxSubscriptions.Add(row);
        }

        row.Removed(time.GetUtcNow());
        await CreateAsync(row, mailbox, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordLifecycleAsync(Guid firmUserId, MailboxStream stream, string lifecycleEvent, CancellationToken cancellationToken)
    {
        if (await Row(firmUserId, stream, cancellationToken) is { } row)
        {
            row.Lifecycle(lifecycleEvent, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A mailbox no longer captured: its subscriptions are deleted in Graph (best effort) and here.</summary>
    public async Task RemoveAllAsync(Guid firmUserId, CancellationToken cancellationToken)
    {
        var rows = await db.MailboxSubscriptions.Where(s => s.FirmUserId == firmUserId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            await DeleteInGraphAsync(row.SubscriptionId, cancellationToken);
        }

        db.MailboxSubscriptions.RemoveRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<MailboxSubscription?> Row(Guid firmUserId, MailboxStream stream, CancellationToken cancellationToken) =>
        db.MailboxSubscriptions.SingleOrDefaultAsync(s => s.FirmUserId == firmUserId && s.Stream == stream, cancellationToken);

    private async Task CreateAsync(MailboxSubscription row, string mailbox, CancellationToken cancellationToken)
    {
        var settings = notificationOptions.Value;
        var resource = Resource(mailbox, row.Stream);
        var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var expires = time.GetUtcNow() + settings.SubscriptionLifetime;
        try
        {
            // An old subscription that failed or was replaced would still count toward Graph's 1,000 per mailbox.
            await DeleteInGraphAsync(row.SubscriptionId, cancellationToken);
            var created = await graph.Subscriptions.PostAsync(new GraphSubscription
            {
                ChangeType = "created,updated,deleted",
                NotificationUrl = settings.NotificationUrl!.ToString(),
                LifecycleNotificationUrl = settings.LifecycleUrl!.ToString(),
                Resource = resource,
                ExpirationDateTime = expires,
                ClientState = clientState,
            }, cancellationToken: cancellationToken);
            row.Created(created!.Id!, clientState, resource, created.ExpirationDateTime ?? expires, time.GetUtcNow());
            LogCreated(logger, row.Stream, mailbox, row.ExpiresAt);
        }
        catch (ODataError e)
        {
            row.Failed($"{e.ResponseStatusCode} {e.Error?.Code}: {e.Error?.Message}", time.GetUtcNow());
            LogFailed(logger, row.Stream, mailbox, row.LastError!);
        }
    }

    private async Task RenewAsync(MailboxSubscription row, string mailbox, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + notificationOptions.Value.SubscriptionLifetime;
        try
        {
            var renewed = await graph.Subscriptions[row.SubscriptionId].PatchAsync(new GraphSubscription { ExpirationDateTime = expires }, cancellationToken: cancellationToken);
            row.Renewed(renewed?.ExpirationDateTime ?? expires, time.GetUtcNow());
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            // Graph no longer has it (expired, removed): start again.
            row.Removed(time.GetUtcNow());
            await CreateAsync(row, mailbox, cancellationToken);
        }
        catch (ODataError e)
        {
            row.Failed($"{e.ResponseStatusCode} {e.Error?.Code}: {e.Error?.Message}", time.GetUtcNow());
            LogFailed(logger, row.Stream, mailbox, row.LastError!);
        }
    }

    private async Task DeleteInGraphAsync(string? subscriptionId, CancellationToken cancellationToken)
    {
        if (subscriptionId is null)
        {
            return;
        }

        try
        {
            await graph.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: cancellationToken);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            // Already gone.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed to {Stream} of {Mailbox} until {ExpiresAt}")]
    private static partial void LogCreated(ILogger logger, MailboxStream stream, string mailbox, DateTimeOffset? expiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription to {Stream} of {Mailbox} failed: {Error}; the next round tries again, polling goes on meanwhile")]
    private static partial void LogFailed(ILogger logger, MailboxStream stream, string mailbox, string error);
}
