using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.Domain.FollowUps.Rules;

/// <summary>What one run of the rules did.</summary>
public sealed record FollowUpRuleRun(int Created, int Closed, int CoverageBreaches = 0, bool Skipped = false);

/// <summary>
/// Runs every follow-up rule once, in one transaction: first closes what went away, then derives what is missing, then
/// records new coverage breaches. In the caller's transaction when the context has one (the caller commits or rolls
/// back: bench/follow-ups rolls each measured round back), else in its own.
/// Re-entrant: rule keys are unique and every candidate query skips keys that exist, so a second run changes nothing.
/// </summary>
public static class FollowUpRuleRunner
{
    public static async Task<FollowUpRuleRun> RunAsync(CmsDb db, FollowUpRuleOptions options, DateTimeOffset now, CancellationToken ct = default)
    {
        options.Validate();
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using var _ = transaction;
        // One run at a time across every worker: another run holding the lock is doing this very work.
        var mine = await RuleSql.QueryAsync(db, "SELECT pg_try_advisory_xact_lock(7140012)", r => r.GetBoolean(0), ct);
        if (!mine[0])
        {
            return new FollowUpRuleRun(0, 0, Skipped: true);
        }

        // The rules hash a month of the firm's mail and contacts: with the default 4 MB those hashes spill to disk.
        await RuleSql.QueryAsync(db, "SELECT set_config('work_mem', '64MB', true)", r => r.GetString(0), ct);
        await PartyContacts.RefreshLastContactsAsync(db, now, ct); // the cadence rule and the day's views read them

        var closed = await UnansweredEmailRule.CloseAsync(db, now, ct)
            + await MeetingNotesRule.CloseAsync(db, now, ct)
            + await CadenceDueRule.CloseAsync(db, now, ct);
        await db.SaveChangesAsync(ct); // the derivations below must see what was just closed
        List<FollowUp> derived =
        [
            .. await UnansweredEmailRule.DeriveAsync(db, options, now, ct),
            .. await MeetingNotesRule.DeriveAsync(db, options, now, ct),
            .. await CadenceDueRule.DeriveAsync(db, now, ct),
        ];
        var breaches = await CoverageBreachRule.DetectAsync(db, options, now, ct);
        await db.SaveChangesAsync(ct);
        // Thousands on a first run or after an outage: written by COPY, each audited as SaveChanges would.
        var created = await db.InsertAsync(derived, now, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return new FollowUpRuleRun(created, closed, breaches);
    }
}
