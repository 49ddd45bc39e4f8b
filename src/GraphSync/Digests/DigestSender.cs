using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Digests;

/// <summary>
/// Sends one person's digest for one local day at most once, whatever fails in between (docs/follow-ups.md, Digests):
/// claim the (recipient, day) row → create the draft → commit its immutable id → send → mark sent. Each step commits
/// before the next Graph call, so a retry resumes from what the row says: with a draft id it asks Graph — in Sent
/// Items means sent (the crash came after the send), still a draft means send it now, gone means make a new one.
/// <para>
/// Two live runs are kept apart by a PostgreSQL session advisory lock per (recipient, day), held on its own connection
/// for the whole attempt and tried, never waited for: a second run skips what the first is doing. Chosen over a row
/// lock (<c>FOR UPDATE</c>) because the steps must commit while the claim is held, and over a lease column because the
/// lock ends exactly when its holder dies (the server drops the session), never while a slow holder still works.
/// </para>
/// </summary>
public sealed class DigestSender(
    DbContextOptions<CmsDb> dbOptions,
    NpgsqlDataSource dataSource,
    DigestMailer mailer,
    IOptions<DigestOptions> options,
    IOptions<FollowUpRuleOptions> ruleOptions,
    TimeProvider time)
{
    /// <summary>First key of the two-key advisory locks of digests (the rules use the one-key space).</summary>
    private const int LockSpace = 7140013;

    public static string WorkerName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<DigestOutcome> SendAsync(FirmUser recipient, DateOnly localDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await LockAsync(lockConnection, "pg_try_advisory_lock", recipient.Id, localDate, cancellationToken))
        {
            return DigestOutcome.Busy;
        }

        try
        {
            return await SendLockedAsync(recipient, localDate, cancellationToken);
        }
        finally
        {
            // Closing the connection would release it too (the pool resets the session); unlocking says so plainly.
            await LockAsync(lockConnection, "pg_advisory_unlock", recipient.Id, localDate, CancellationToken.None);
        }
    }

    private async Task<DigestOutcome> SendLockedAsync(FirmUser recipient, DateOnly localDate, CancellationToken ct)
    {
        var settings = options.Value;
        await using var db = new CmsDb(dbOptions, new SystemAuditActor("digests", WorkerName));
        var digest = await db.Digests.SingleOrDefaultAsync(d => d.RecipientId == recipient.Id && d.LocalDate == localDate, ct);
        if (digest?.Status == DigestStatus.Sent)
        {
            return DigestOutcome.AlreadySent;
        }

        if (digest?.Status == DigestStatus.DraftCreated)
        {
            switch (await mailer.StateAsync(settings.SenderMailbox, digest.DraftMessageId!, ct))
            {
                case DraftState.Sent:
                    digest.MarkSent(WorkerName, time.GetUtcNow());
                    await db.SaveChangesAsync(ct);
                    return DigestOutcome.FoundSent;
                case DraftState.Draft:
                    return await SendDraftAsync(db, digest, ct);
                default:
                    digest.ForgetDraft(WorkerName, time.GetUtcNow());
                    await db.SaveChangesAsync(ct);
                    break;
            }
        }

        var content = await DigestComposer.ComposeAsync(db, recipient, localDate, ruleOptions.Value.EscalateAfterDays, time.GetUtcNow(), ct);
        if (content.IsEmpty)
        {
            if (digest is not null)
            {
                // Claimed earlier, but everything was dealt with since: nothing is sent, and nothing stays claimed.
                db.Digests.Remove(digest);
                await db.SaveChangesAsync(ct);
            }

            return DigestOutcome.Nothing;
        }

        if (digest is null)
        {
            digest = Digest.Claim(recipient.Id, content, WorkerName, time.GetUtcNow());
            db.Digests.Add(digest);
        }
        else
        {
            digest.Count(content, WorkerName, time.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);

        var email = DigestEmail.Render(content, settings.WebAppUrl!, BusinessClock.ZoneOf(recipient.TimeZoneId));
        var draftId = await mailer.CreateDraftAsync(settings.SenderMailbox, recipient.Email, recipient.DisplayName, email, ct);
        digest.RecordDraft(draftId, WorkerName, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await SendDraftAsync(db, digest, ct);
    }

    private async Task<DigestOutcome> SendDraftAsync(CmsDb db, Digest digest, CancellationToken ct)
    {
        await mailer.SendAsync(options.Value.SenderMailbox, digest.DraftMessageId!, ct);
        digest.MarkSent(WorkerName, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return DigestOutcome.Sent;
    }

    private static async Task<bool> LockAsync(NpgsqlConnection connection, string function, Guid recipientId, DateOnly localDate, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}($1, hashtext($2))", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = LockSpace });
        command.Parameters.Add(new NpgsqlParameter { Value = $"{recipientId:N}/{localDate:yyyy-MM-dd}" });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
