using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OutlookCms.AddinHost.Api.Pane;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.FollowUps;
using OutlookCms.Domain.FollowUps.Digests;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Bench.FollowUps;

/// <summary>How long each part of one scan took, in ms.</summary>
public sealed record ScanTimes(double Rules, double Cadence, double Digests)
{
    public double Total => Rules + Cadence + Digests;
}

/// <summary>
/// The daily scan as the product does it, on the caller's transaction: <see cref="FollowUpRuleRunner"/> (every rule
/// closes and derives, coverage breaches), the cadence status of every party as the web app computes it
/// (<see cref="CadenceCounter"/>), then <see cref="DigestComposer"/> for
/// every active firm user on their local day. What it closed is read back from the change tracker afterwards,
/// outside the timing (what it created, from the database: the run writes those by COPY).
/// </summary>
public static class ProductScan
{
    public static async Task<(ScanAnswer Answer, ScanTimes Times, FollowUpRuleRun Run)> RunAsync(CmsDb db, FollowUpRuleOptions options,
        DateTimeOffset now)
    {
        db.ChangeTracker.Clear(); // what is tracked afterwards is what this scan closed
        var seededAtNow = (await db.FollowUps.AsNoTracking().Where(f => f.CreatedAt == now).Select(f => f.Id).ToListAsync()).ToHashSet();
        var clock = Stopwatch.StartNew();
        var run = await FollowUpRuleRunner.RunAsync(db, options, now);
        var rules = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var ids = await db.Parties.AsNoTracking().Where(p => p.MergedIntoId == null).Select(p => p.Id).ToListAsync();
        var cadence = await CadenceCounter.CountAsync(db, ids, now, CancellationToken.None);
        var cadenceMs = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var users = await db.FirmUsers.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Id).ToListAsync();
        var digests = new List<(FirmUser User, DigestContent Content)>();
        foreach (var user in users)
        {
            var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, BusinessClock.ZoneOf(user.TimeZoneId)).DateTime);
            digests.Add((user, await DigestComposer.ComposeAsync(db, user, localDate, options.EscalateAfterDays, now)));
        }

        var digestMs = clock.Elapsed.TotalMilliseconds;
        // The run writes what it creates by COPY (not tracked): read back as the rows created at this instant.
        var createdRows = (await db.FollowUps.AsNoTracking().Where(f => f.RuleKey != null && f.CreatedAt == now).ToListAsync())
            .Where(f => !seededAtNow.Contains(f.Id)).ToList();
        if (createdRows.Count != run.Created)
        {
            throw new InvalidOperationException($"The run says it created {run.Created} follow-ups; {createdRows.Count} carry its instant.");
        }

        // Digest lines name a rule follow-up by its rule key: ids are random, and the baseline's differ from these for
        // every follow-up made in this transaction (this scan's, or the run a day earlier's).
        var listed = digests.SelectMany(d => d.Content.Overdue.Concat(d.Content.DueToday).Concat(d.Content.Escalated)).Select(i => i.FollowUpId).Distinct().ToList();
        var ruleKeys = await db.FollowUps.AsNoTracking().Where(f => listed.Contains(f.Id) && f.RuleKey != null)
            .ToDictionaryAsync(f => f.Id, f => f.RuleKey!);
        return (Read(db, now, createdRows, cadence, digests, ruleKeys), new ScanTimes(rules, cadenceMs, digestMs), run);
    }

    private static ScanAnswer Read(CmsDb db, DateTimeOffset now, List<FollowUp> createdRows, Dictionary<Guid, PaneCadenceDto> cadence,
        List<(FirmUser User, DigestContent Content)> digests, Dictionary<Guid, string> ruleKeys)
    {
        var answer = new ScanAnswer();
        foreach (var f in db.ChangeTracker.Entries<FollowUp>().Select(e => e.Entity))
        {
            if (f.Status == FollowUpStatus.AutoClosed && f.ClosedAt == now)
            {
                answer.Closed.Add($"{f.RuleKey ?? f.Id.ToString()}|{f.ClosingInteractionId}|{f.ClosedHow}");
            }
        }

        foreach (var f in createdRows)
        {
            answer.Created.Add($"{f.RuleKey}|{f.PartyId}|{f.OwnerId}|{ScanAnswer.At(f.DueAt)}");
        }

        foreach (var b in db.ChangeTracker.Entries<CoverageBreach>().Select(e => e.Entity))
        {
            answer.Breaches.Add($"{b.InteractionId}|{b.PartyId}|{b.RepId}");
        }

        foreach (var (party, status) in cadence)
        {
            if (status.Policy is null)
            {
                answer.WithoutPolicy++;
            }
            else
            {
                answer.Cadence.Add($"{party}|{ScanAnswer.Status(status.Overdue, status.TooOften)}");
            }
        }

        foreach (var (user, content) in digests)
        {
            foreach (var (section, items) in new[] { ("overdue", content.Overdue), ("today", content.DueToday), ("escalated", content.Escalated) })
            {
                foreach (var item in items)
                {
                    var key = ruleKeys.GetValueOrDefault(item.FollowUpId) ?? item.FollowUpId.ToString();
                    answer.Digests.Add($"{user.Id}|{section}|{key}|{ScanAnswer.At(item.DueAt)}");
                }
            }
        }

        return answer;
    }
}
