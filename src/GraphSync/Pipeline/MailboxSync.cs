using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Capture;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Graph;
using OutlookCms.GraphSync.Hosting;
using OutlookCms.GraphSync.Options;
using OutlookCms.GraphSync.Persistence;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>
/// Syncs one rep's mailbox: each configured stream from its stored link, page by page, each page committed with
/// its new link. A PostgreSQL advisory lock, held for the whole run, makes sure no two workers sync the same
/// mailbox at once (a crashed worker's lock goes with its connection).
/// </summary>
public sealed partial class MailboxSync(
    CmsDb db,
    NpgsqlDataSource dataSource,
    MailboxDeltaReader reader,
    PartyIndexLoader partyIndexLoader,
    CapturedKeyLoader capturedKeyLoader,
    PageWriter writer,
    IOptions<CaptureOptions> captureOptions,
    MailboxProblems problems,
    SyncStatusWriter status,
    TimeProvider time,
    ILogger<MailboxSync> logger)
{
    /// <summary>Audit action on the firm user when Graph has no mailbox for them (at most one a day per user).</summary>
    public const string MailboxUnavailableAction = "MailboxUnavailable";

    private const int MaxResyncsPerRun = 2;

    /// <summary>Passes one run makes for requests that keep arriving; past it, the request waits for the next run (a minute at most).</summary>
    private const int MaxRoundsPerRun = 5;

    /// <summary>
    /// Syncs the mailbox, then again while a change notification left a request for it during the run (see
    /// <see cref="RequestAgainAsync"/>): a notified sync that found the mailbox busy hands its news to this run instead
    /// of waiting for a later job. Busy when another run holds the mailbox.
    /// </summary>
    public async Task<MailboxSyncResult> SyncAsync(Guid firmUserId, CancellationToken cancellationToken)
    {
        MailboxSyncResult? last = null;
        for (var round = 0; round < MaxRoundsPerRun; round++)
        {
            var result = await SyncUnderLockAsync(firmUserId, cancellationToken);
            if (!result.Locked)
            {
                return last ?? result;
            }

            last = result;
            // A request written after this run's last look but before its unlock: nobody else saw the lock free for it.
            if (!await RequestPendingAsync(firmUserId, cancellationToken))
            {
                break;
            }
        }

        return last!;
    }

    /// <summary>
    /// Leaves "sync this mailbox again" for the run holding it (a mailbox_sync_requests row, as AddinHost's coalescing
    /// uses): that run takes it before letting the mailbox go, or just after. While it stands, AddinHost coalesces
    /// further notifications into it.
    /// </summary>
    public async Task RequestAgainAsync(Guid firmUserId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO cms.mailbox_sync_requests (firm_user_id, requested_at) VALUES ($1, $2) ON CONFLICT (firm_user_id) DO UPDATE SET requested_at = excluded.requested_at");
        command.Parameters.Add(new NpgsqlParameter { Value = firmUserId });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<MailboxSyncResult> SyncUnderLockAsync(Guid firmUserId, CancellationToken cancellationToken)
    {
        var options = captureOptions.Value;
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await AdvisoryLock.TryLockAsync(lockConnection, LockKey(firmUserId), cancellationToken))
        {
            LogBusy(logger, firmUserId);
            return MailboxSyncResult.Busy;
        }

        var throttled = ThrottleCounter.Begin();
        try
        {
            await status.StartedAsync(firmUserId, time.GetUtcNow(), cancellationToken);
            MailboxSyncResult result;
            var round = 0;
            // A request is taken before the pass that reads: news arriving after that is seen by the pass or asks for the next.
            await TakeRequestAsync(lockConnection, firmUserId, cancellationToken);
            do
            {
                result = await SyncLockedAsync(firmUserId, options, cancellationToken);
            }
            while (result.MailboxUnavailable is null && ++round < MaxRoundsPerRun && await TakeRequestAsync(lockConnection, firmUserId, cancellationToken));

            if (result.MailboxUnavailable is { } code)
            {
                await status.FailedAsync(firmUserId, time.GetUtcNow(), $"Graph has no mailbox for this user ({code}).", throttled.Value, cancellationToken);
            }
            else
            {
                await status.SucceededAsync(firmUserId, time.GetUtcNow(), throttled.Value, cancellationToken);
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await status.FailedAsync(firmUserId, time.GetUtcNow(), e.Message, throttled.Value, CancellationToken.None);
            throw;
        }
        finally
        {
            // A pooled connection keeps session locks until it is reused: release explicitly.
            await AdvisoryLock.UnlockAsync(lockConnection, LockKey(firmUserId));
        }
    }

    /// <summary>Deletes the mailbox's pending request; true when there was one (news arrived during the pass).</summary>
    private static async Task<bool> TakeRequestAsync(NpgsqlConnection connection, Guid firmUserId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM cms.mailbox_sync_requests WHERE firm_user_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = firmUserId });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<bool> RequestPendingAsync(Guid firmUserId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM cms.mailbox_sync_requests WHERE firm_user_id = $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = firmUserId });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<MailboxSyncResult> SyncLockedAsync(Guid firmUserId, CaptureOptions options, CancellationToken cancellationToken)
    {
        var owner = await db.FirmUsers.AsNoTracking().Where(u => u.Id == firmUserId).Select(u => new { u.Email, u.IsActive }).SingleOrDefaultAsync(cancellationToken);
        if (owner is null || !owner.IsActive)
        {
            return new MailboxSyncResult(true, []);
        }

        var users = await db.FirmUsers.AsNoTracking().Select(u => new { u.Email, u.Id }).ToDictionaryAsync(u => u.Email, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var firm = new FirmDirectory(options.FirmDomains, users);
        var settings = new PolicySettings(options);
        var cursors = await db.MailboxCursors.AsNoTracking().Where(c => c.FirmUserId == firmUserId).ToDictionaryAsync(c => c.Stream, cancellationToken);
        var actor = new SystemAuditActor("capture", $"sync-mailbox:{firmUserId}");

        var results = new List<StreamSyncResult>();
        try
        {
            foreach (var stream in options.Streams.Distinct())
            {
                var cursor = cursors.GetValueOrDefault(stream) ?? new MailboxCursor(firmUserId, stream, time.GetUtcNow());
                results.Add(await SyncStreamAsync(owner.Email, cursor, firm, settings, actor, cancellationToken));
            }
        }
        catch (MailboxUnavailableException e)
        {
            // Not a failure to retry: the next scheduled run asks again; meanwhile one warning an hour, one audit row a day.
            await RecordUnavailableAsync(firmUserId, owner.Email, e, actor, cancellationToken);
            return new MailboxSyncResult(true, results) { MailboxUnavailable = e.Code };
        }

        problems.Clear(firmUserId);

        var failed = results.Where(r => r.Error is not null).ToList();
        if (failed.Count > 0)
        {
            // The streams that worked are committed; failing the run lets Hangfire retry the rest from their cursors.
            throw new InvalidOperationException($"Sync of {owner.Email} failed for {string.Join(", ", failed.Select(f => $"{f.Stream} ({f.Error})"))}.");
        }

        return new MailboxSyncResult(true, results);
    }

    private async Task<StreamSyncResult> SyncStreamAsync(string mailbox, MailboxCursor cursor, FirmDirectory firm, PolicySettings settings, IAuditActor actor, CancellationToken cancellationToken)
    {
        int pages = 0, seen = 0, created = 0, updated = 0, quarantined = 0, resyncs = 0;
        try
        {
            Task<DeltaPage>? prefetched = null;
            while (true)
            {
                DeltaPage page;
                try
                {
                    page = await (prefetched ?? reader.ReadPageAsync(mailbox, cursor.Stream, cursor.Link, cancellationToken));
                }
                catch (DeltaTokenExpiredException) when (resyncs < MaxResyncsPerRun)
                {
                    // Start the stream over; the stored link stays until the first page of the new round commits,
                    // and the natural keys make the replay create nothing twice.
                    LogResync(logger, cursor.Stream, mailbox);
                    cursor.Reset(time.GetUtcNow());
                    resyncs++;
                    prefetched = null;
                    continue;
                }

                var items = cursor.Stream == MailboxStream.Calendar ? await KeepMeetingKeysAsync(cursor, page.Items, cancellationToken) : page.Items;
                var plan = PagePlanner.Plan(cursor.FirmUserId, items, firm, await LoadPartiesAsync(items, firm, cancellationToken), settings);
                var now = time.GetUtcNow();
                if (page.NextLink is { } nextLink)
                {
                    cursor.AdvanceTo(nextLink, now);
                }
                else if (page.DeltaLink is { } deltaLink)
                {
                    cursor.Complete(deltaLink, now);
                }
                else
                {
                    throw new InvalidOperationException("A delta page carried neither a nextLink nor a deltaLink.");
                }

                // Graph serves the next page while this one commits; it is used only once this commit succeeded.
                prefetched = page.NextLink is { } link ? reader.ReadPageAsync(mailbox, cursor.Stream, link, cancellationToken) : null;
                PageWriteResult written;
                try
                {
                    written = await writer.WriteAsync(plan, CursorState.Of(cursor), mailbox, actor, settings.ProspectThreshold, cancellationToken);
                }
                catch
                {
                    await DiscardAsync(prefetched);
                    throw;
                }

                pages++;
                seen += plan.ItemCount;
                created += written.InteractionsCreated;
                updated += written.InteractionsUpdated;
                quarantined += written.Quarantined;
                if (prefetched is null)
                {
                    return new StreamSyncResult(cursor.Stream, pages, seen, created, updated, quarantined, resyncs, null);
                }
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or MailboxUnavailableException))
        {
            LogStreamFailed(logger, e, cursor.Stream, mailbox);
            return new StreamSyncResult(cursor.Stream, pages, seen, created, updated, quarantined, resyncs, e.Message);
        }
    }

    private async Task RecordUnavailableAsync(Guid firmUserId, string mailbox, MailboxUnavailableException e, IAuditActor actor, CancellationToken cancellationToken)
    {
        if (problems.ShouldWarn(firmUserId))
        {
            LogUnavailable(logger, mailbox, e.Code, e.Message);
        }
        else
        {
            LogUnavailableAgain(logger, mailbox, e.Code);
        }

        var now = time.GetUtcNow();
        var id = firmUserId.ToString();
        var recent = await db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.EntityType == nameof(FirmUser) && a.EntityId == id && a.Action == MailboxUnavailableAction && a.At > now.AddDays(-1), cancellationToken);
        if (!recent)
        {
            await db.AppendAsync([AuditEntry.Record(now, actor, MailboxUnavailableAction, nameof(FirmUser), id, null, null, e.Message)], cancellationToken);
        }
    }

    /// <summary>A prefetched page whose predecessor failed to commit is dropped; its own failure no longer matters.</summary>
    private static async Task DiscardAsync(Task<DeltaPage>? prefetched)
    {
        if (prefetched is null)
        {
            return;
        }

        try
        {
            await prefetched;
        }
#pragma warning disable CA1031 // The page is thrown away: whatever went wrong with it is moot.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task<IReadOnlyList<ReadResult>> KeepMeetingKeysAsync(MailboxCursor cursor, IReadOnlyList<ReadResult> items, CancellationToken cancellationToken)
    {
        var ids = items.OfType<ReadResult.Item>().Select(i => i.GraphId).ToList();
        return MeetingKeys.KeepCapturedKeys(items, await capturedKeyLoader.LoadAsync(cursor.FirmUserId, cursor.Stream, ids, cancellationToken));
    }

    private Task<PartyIndex> LoadPartiesAsync(IReadOnlyList<ReadResult> items, FirmDirectory firm, CancellationToken cancellationToken)
    {
        var external = items.OfType<ReadResult.Item>().SelectMany(i => i.Seen.Participants).Where(p => !firm.IsInternal(p)).ToList();
        return partyIndexLoader.LoadAsync(
            external.Select(p => p.Address).Distinct(StringComparer.Ordinal).ToList(),
            external.Select(p => p.Domain).Distinct(StringComparer.Ordinal).ToList(),
            cancellationToken);
    }

    /// <summary>The advisory lock key of a mailbox (the session lock goes when the connection closes, or the process dies).</summary>
    public static long LockKey(Guid firmUserId) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"sync-mailbox:{firmUserId}")), 0);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox of {FirmUserId} is being synced by another worker; skipped")]
    private static partial void LogBusy(ILogger logger, Guid firmUserId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delta link of {Stream} of {Mailbox} expired; resyncing from scratch")]
    private static partial void LogResync(ILogger logger, MailboxStream stream, string mailbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {Mailbox} cannot be captured: Graph has no mailbox for this user ({Code}). Give the user an Exchange Online mailbox, or take their role out of Capture:MailboxRoles. {Detail} (repeated at most hourly; recorded in the audit log)")]
    private static partial void LogUnavailable(ILogger logger, string mailbox, string code, string detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Mailbox {Mailbox} still has no mailbox in Graph ({Code})")]
    private static partial void LogUnavailableAgain(ILogger logger, string mailbox, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync of {Stream} of {Mailbox} failed; its last committed page stands")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception, MailboxStream stream, string mailbox);
}
