using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Persistence;

namespace OutlookCms.GraphSync.Jobs;

/// <summary>Every five minutes: the follow-up rules close what went away, derive what is missing and record coverage breaches (re-entrant).</summary>
public sealed class FollowUpRulesJob(CmsDb db, IOptions<FollowUpRuleOptions> options, TimeProvider time, ILogger<FollowUpRulesJob> logger)
{
    public const string RecurringId = "follow-up-rules";

    public async Task<FollowUpRuleRun> RunAsync(CancellationToken cancellationToken)
    {
        var run = await FollowUpRuleRunner.RunAsync(db, options.Value, time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Follow-up rules: {Created} created, {Closed} closed, {Breaches} coverage breaches recorded{Skipped}",
            run.Created, run.Closed, run.CoverageBreaches, run.Skipped ? " (another worker was running them)" : "");
        return run;
    }
}
