using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSync.Digests;
using OutlookCms.GraphSync.Options;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>What one run of the digests job did, by outcome; <see cref="Failed"/> people are tried again by the next run.</summary>
public sealed record DigestRun(int Due, int Sent, int FoundSent, int Nothing, int Busy, int Failed);

/// <summary>
/// The recurring job <c>digests</c> (every few minutes): everyone whose local time has passed the morning time and who
/// has no sent digest for their local day gets one, through <see cref="DigestSender"/> (at most once, under retries,
/// crashes and other workers). One person's failure does not stop the others; the run then fails so Hangfire retries it.
/// </summary>
public sealed partial class DigestsJob(CmsDb db, DigestSender sender, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestsJob> logger)
{
    public const string RecurringId = "digests";

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 15, 30, 60, 120])]
    public async Task<DigestRun> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return new DigestRun(0, 0, 0, 0, 0, 0);
        }

        var now = time.GetUtcNow();
        var roles = settings.Roles.Distinct().ToList();
        var people = await db.FirmUsers.AsNoTracking().Where(u => u.IsActive && roles.Contains(u.Role)).ToListAsync(cancellationToken);
        var due = people
            .Select(u => (User: u, Local: TimeZoneInfo.ConvertTime(now, BusinessClock.ZoneOf(u.TimeZoneId)).DateTime))
            .Where(p => TimeOnly.FromDateTime(p.Local) >= settings.MorningTime)
            .Select(p => (p.User, Day: DateOnly.FromDateTime(p.Local)))
            .ToList();
        var days = due.Select(p => p.Day).Distinct().ToList();
        var sent = (await db.Digests.AsNoTracking()
                .Where(d => d.Status == DigestStatus.Sent && days.Contains(d.LocalDate))
                .Select(d => new { d.RecipientId, d.LocalDate })
                .ToListAsync(cancellationToken))
            .Select(d => (d.RecipientId, d.LocalDate))
            .ToHashSet();

        var outcomes = new List<DigestOutcome>();
        var failed = 0;
        Exception? firstError = null;
        foreach (var (user, day) in due.Where(p => !sent.Contains((p.User.Id, p.Day))))
        {
            try
            {
                outcomes.Add(await sender.SendAsync(user, day, cancellationToken));
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                firstError ??= error;
                LogFailed(user.Id, day, error.GetType().Name, error.Message);
            }
        }

        var run = new DigestRun(due.Count, outcomes.Count(o => o == DigestOutcome.Sent), outcomes.Count(o => o == DigestOutcome.FoundSent),
            outcomes.Count(o => o == DigestOutcome.Nothing), outcomes.Count(o => o == DigestOutcome.Busy), failed);
        LogRun(run.Due, run.Sent, run.FoundSent, run.Nothing, run.Busy, run.Failed);
        if (failed > 0)
        {
            throw new DigestRunIncompleteException($"{failed} of {due.Count} digests failed this run; they are tried again. The first: {firstError!.Message}", firstError);
        }

        return run;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest of {RecipientId} for {Day} failed ({Error}: {Message}); the next run tries again")]
    private partial void LogFailed(Guid recipientId, DateOnly day, string error, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digests: {Due} due, {Sent} sent, {FoundSent} found sent, {Nothing} with nothing to say, {Busy} busy elsewhere, {Failed} failed")]
    private partial void LogRun(int due, int sent, int foundSent, int nothing, int busy, int failed);
}

/// <summary>Some digests of a run failed (Graph faults, a crash of a dependency); Hangfire retries the run.</summary>
public sealed class DigestRunIncompleteException : Exception
{
    public DigestRunIncompleteException() { }

    public DigestRunIncompleteException(string message) : base(message) { }

    public DigestRunIncompleteException(string message, Exception innerException) : base(message, innerException) { }
}
