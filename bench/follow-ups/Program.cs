using System.Globalization;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookCms.Bench.FollowUps;
using OutlookCms.Bench.Shared;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.FollowUps.Rules;
using OutlookCms.Domain.Interactions;
using OutlookCms.Domain.Persistence;
using static OutlookCms.Bench.Shared.BenchConsole;

// bench/follow-ups: the daily follow-up rules + cadence + digest scan at 100k parties / 1M interactions, beside a
// hand-written single-statement baseline of the same computation (issue 7).
//   source scripts/lib.sh && pg_start
//   dotnet run -c Release --project bench/follow-ups -- [--rounds 5] [--warmup 1] [--scale 20] [--reseed] [--explain MS]
var options = new BenchArgs(args);
var rounds = options.Int("--rounds", 5);
// GraphSync runs the rules every five minutes in a long-lived process: its code is compiled and its queries cached.
var warmup = options.Int("--warmup", 1);
var spec = options.Spec();
var database = options.Text("--database", $"outlookcms_bench_followups_s{spec.Scale}");
var explainOver = options.Int("--explain", 0);
var rules = new FollowUpRuleOptions().Validate();

Console.WriteLine(Invariant($"follow-ups bench: {rounds} rounds after {warmup} not counted, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
var connectionString = await BenchFirm.EnsureAsync(BenchArgs.Server(), database, spec, options.Has("--reseed"));
await ClusterByTimeAsync(connectionString);
await PrintSizeAsync(connectionString);
var dbOptions = DomainServices.Options(connectionString);
var now = spec.Now;
await using (var db = new CmsDb(dbOptions, new SystemAuditActor("follow-ups-bench")))
{
    // The stored newest contacts as the rule run keeps them, every five minutes up to "now" (committed, like the
    // seeder's own refresh; a firm seeded before they had the as-of columns gets them here once).
    await PartyContacts.RefreshLastContactsAsync(db, now, CancellationToken.None);
}

Console.WriteLine(Invariant($"now      : {now:u} (the seeded history's end); each round runs in one transaction that is rolled back, so every round starts from the seeded state"));
Console.WriteLine("           pass 1 = the first run on the seeded firm (creates and closes follow-ups); pass 2 = the same run again at once (creates none)");
Console.WriteLine("           day    = the run a day after a run (what came due, was answered or was captured in a day): the product's daily state");
var first = new List<(ScanTimes Product, double Baseline)>();
var second = new List<(ScanTimes Product, double Baseline)>();
var daily = new List<(ScanTimes Product, double Baseline)>();
var mismatches = 0;
for (var round = 1 - warmup; round <= rounds; round++)
{
    // Each round starts with no dirty pages left by the last one's rolled-back writes to flush under its timing.
    await CheckpointAsync(connectionString);
    var load = LoadAverage();
    // The baseline of pass 1 reads the seeded state: in its own (rolled back) transaction, before or after the
    // product's by turns, so neither always runs on the other's warm cache.
    var baselineFirst = round % 2 == 1;
    (ScanAnswer Answer, double Ms)? early = baselineFirst ? await InTransactionAsync(db => BaselineScan.RunAsync(db, rules, now)) : null;

    var (pass1, baseline2, pass2) = await InTransactionAsync(async db =>
    {
        var p1 = await ProductScan.RunAsync(db, rules, now);
        // The baseline writes what it decides (nothing, on a re-run): rolled back all the same, so pass 2 reads pass 1's state.
        await db.Database.CurrentTransaction!.CreateSavepointAsync("baseline");
        var b2 = await BaselineScan.RunAsync(db, rules, now);
        await db.Database.CurrentTransaction!.RollbackToSavepointAsync("baseline");
        var p2 = await ProductScan.RunAsync(db, rules, now);
        return (p1, b2, p2);
    });
    var baseline1 = early ?? await InTransactionAsync(db => BaselineScan.RunAsync(db, rules, now));

    // The day: each side on the state a run left a day earlier, in its own transaction, by the same turns.
    (ScanAnswer Answer, double Ms)? earlyDay = baselineFirst ? await InTransactionAsync(async db =>
    {
        await DayEarlierAsync(db);
        return await BaselineScan.RunAsync(db, rules, now);
    }) : null;
    var day = await InTransactionAsync(async db =>
    {
        await DayEarlierAsync(db);
        return await ProductScan.RunAsync(db, rules, now);
    });
    var baselineDay = earlyDay ?? await InTransactionAsync(async db =>
    {
        await DayEarlierAsync(db);
        return await BaselineScan.RunAsync(db, rules, now);
    });

    if (round >= 1)
    {
        first.Add((pass1.Times, baseline1.Ms));
        second.Add((pass2.Times, baseline2.Ms));
        daily.Add((day.Times, baselineDay.Ms));
    }

    Console.WriteLine(Invariant($"round {(round >= 1 ? round.ToString(CultureInfo.InvariantCulture) : "warm-up (not counted)")} (load average {load}{(baselineFirst ? ", baseline first" : ", product first")}):"));
    mismatches += Report("pass 1", pass1.Answer, pass1.Times, pass1.Run, baseline1.Answer, baseline1.Ms);
    mismatches += Report("pass 2", pass2.Answer, pass2.Times, pass2.Run, baseline2.Answer, baseline2.Ms);
    mismatches += Report("day   ", day.Answer, day.Times, day.Run, baselineDay.Answer, baselineDay.Ms);
}

Summary("pass 1 (first run)", first);
Summary("pass 2 (re-run)", second);
Summary("day (a day after a run)", daily);
Console.WriteLine(Invariant($"load average after {LoadAverage()}"));
return mismatches == 0 ? 0 : 1;

// The state a firm is in each morning: the rules ran a day ago (not timed), and every party contacted since then is
// queued for its stored newest contact, as capture's triggers would have queued it when the contact came in.
async Task DayEarlierAsync(CmsDb db)
{
    var dayEarlier = now.AddDays(-1);
    await FollowUpRuleRunner.RunAsync(db, rules, dayEarlier);
    await db.Database.ExecuteSqlRawAsync(
        "INSERT INTO cms.party_contact_changes (party_id) SELECT DISTINCT party_id FROM cms.interaction_parties WHERE occurred_at > {0} AND occurred_at <= {1}",
        dayEarlier, now);
    db.ChangeTracker.Clear();
}

async Task<T> InTransactionAsync<T>(Func<CmsDb, Task<T>> work)
{
    await using var db = new CmsDb(dbOptions, new SystemAuditActor("follow-ups-bench"));
    await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted);
    if (explainOver > 0)
    {
        // Plans of every statement slower than this go to the server log (the bench connects as the owner).
        await db.Database.ExecuteSqlRawAsync(Invariant(
            $"LOAD 'auto_explain'; SET LOCAL auto_explain.log_min_duration = {explainOver}; SET LOCAL auto_explain.log_analyze = on; SET LOCAL auto_explain.log_buffers = on; SET LOCAL auto_explain.log_nested_statements = on"));
    }

    var result = await work(db);
    await transaction.RollbackAsync();
    return result;
}

static int Report(string pass, ScanAnswer product, ScanTimes times, FollowUpRuleRun run, ScanAnswer baseline, double baselineMs)
{
    Console.WriteLine(Invariant(
        $"  {pass}: product {times.Total,7:N0} ms (rules {times.Rules:N0}, cadence {times.Cadence:N0}, digests {times.Digests:N0}; {run.Created:N0} created, {run.Closed:N0} closed, {run.CoverageBreaches:N0} breaches) | baseline {baselineMs,7:N0} ms | ratio {times.Total / baselineMs:F2}"));
    Console.WriteLine($"          {product.Summary()}");
    var differences = product.Differences(baseline);
    if (differences.Count == 0)
    {
        Console.WriteLine("          same answer from both (every key compared)");
        return 0;
    }

    differences.ForEach(d => Console.WriteLine($"          DIFFERENT {d}"));
    return 1;
}

static void Summary(string pass, List<(ScanTimes Product, double Baseline)> runs)
{
    var product = runs.Select(r => r.Product.Total).Order().ToList();
    var baseline = runs.Select(r => r.Baseline).Order().ToList();
    double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    double PartMedian(Func<ScanTimes, double> part) => Median([.. runs.Select(r => part(r.Product)).Order()]);
    var ratio = Median(product) / Median(baseline);
    Console.WriteLine(Invariant(
        $"{pass}: product min {product[0]:N0} / median {Median(product):N0} ms (rules {PartMedian(t => t.Rules):N0}, cadence {PartMedian(t => t.Cadence):N0}, digests {PartMedian(t => t.Digests):N0}); baseline min {baseline[0]:N0} / median {Median(baseline):N0} ms; ratio of medians {ratio:F2}"));
    Console.WriteLine(Invariant(
        $"  goal < 2 s: {(Median(product) < 2000 ? "met" : "MISSED")}; goal <= 1.5x the baseline: {(ratio <= 1.5 ? "met" : "MISSED")}"));
}

static async Task CheckpointAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("CHECKPOINT", connection) { CommandTimeout = 0 };
    await command.ExecuteNonQueryAsync();
}

// The seeder writes each client's history together; capture writes mail as it comes, so a firm's interactions lie in
// time order on disk, and the rules' month-long windows read a sixth of the table, not nearly all of its pages.
static async Task ClusterByTimeAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var check = new NpgsqlCommand(
        "SELECT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = 'cms.ix_interactions_occurred_at'::regclass AND indisclustered)", connection);
    if ((bool)(await check.ExecuteScalarAsync())!)
    {
        return;
    }

    var watch = System.Diagnostics.Stopwatch.StartNew();
    // VACUUM sets the visibility map the rewrite cleared, so the thread indexes answer alone again.
    foreach (var sql in new[] { "CLUSTER cms.interactions USING ix_interactions_occurred_at", "VACUUM ANALYZE cms.interactions" })
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    Console.WriteLine(Invariant($"layout   : interactions clustered by time, as capture writes them ({watch.Elapsed.TotalSeconds:0.0} s, once per database)"));
}
