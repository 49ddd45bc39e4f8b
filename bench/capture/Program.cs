using System.Diagnostics;
using System.Globalization;
using Npgsql;
using OutlookCms.Bench.Capture;
using OutlookCms.Domain.Auditing;
using OutlookCms.GraphSync.Persistence;
using OutlookCms.GraphSync.Pipeline;

// bench/capture: Graph delta pages already in memory → committed interactions, beside a raw COPY of the same rows.
//   dotnet run -c Release --project bench/capture -- [--messages 50000] [--mailboxes 2] [--page 500]
var messages = Arg("--messages", 50_000);
var mailboxes = Arg("--mailboxes", 2);
var pageSize = Arg("--page", 500);
var server = Environment.GetEnvironmentVariable("ConnectionStrings__OutlookCms") is { Length: > 0 } configured
    ? configured
    : "Host=127.0.0.1;Port=55432;Username=outlookcms;Database=outlookcms";

Console.WriteLine($"capture bench: {messages:N0} messages in {mailboxes} mailbox(es), pages of {pageSize}, {Environment.ProcessorCount} cores");
var firm = SyntheticFirm.Create(reps: Math.Max(mailboxes, 20), organisations: 500, peoplePerOrganisation: 8);
var perMailbox = messages / mailboxes;
var pages = Enumerable.Range(0, mailboxes)
    .Select(m => SyntheticMailbox.Pages(firm.Reps[m].Email, firm.ClientAddresses, perMailbox, pageSize, seed: m + 1))
    .ToList();
var total = perMailbox * mailboxes;
GC.Collect();
var baselineMemory = Process.GetCurrentProcess().WorkingSet64;

await using var pipelineDb = await BenchDatabase.CreateAsync(server, "pipeline");
await firm.SeedAsync(pipelineDb.ConnectionString);
await using var pipelineSource = NpgsqlDataSource.Create(pipelineDb.ConnectionString);
var directory = new FirmDirectory([SyntheticFirm.FirmDomain], firm.Reps.ToDictionary(r => r.Email, r => r.Id));

// Migrating and seeding left EF's dynamic methods to the finalizer thread: settle that before the clock starts (the worker
// migrates once, at start).
Settle();

// The pipeline: one worker per mailbox, as Hangfire would run them.
var serverCpu = await ServerCpu.FindAsync(pipelineDb.ConnectionString);
var (pipelineServer0, pipelineClient0) = (serverCpu?.Seconds(), ClientCpu());
var (gen2Before, pauseBefore) = (GC.CollectionCount(2), GC.GetTotalPauseDuration());
var pipelineClock = Stopwatch.StartNew();
var items = await Task.WhenAll(Enumerable.Range(0, mailboxes).Select(m =>
    Task.Run(() => PipelineRun.RunMailboxAsync(pipelineSource, firm.Reps[m].Id, firm.Reps[m].Email, pages[m], directory))));
pipelineClock.Stop();
var (pipelineServer, pipelineClient) = (serverCpu?.Seconds() - pipelineServer0, ClientCpu() - pipelineClient0);
var (gen2, pause) = (GC.CollectionCount(2) - gen2Before, GC.GetTotalPauseDuration() - pauseBefore);
var peakMemory = Process.GetCurrentProcess().PeakWorkingSet64;
var stored = await ScalarAsync(pipelineSource, "SELECT count(*) FROM cms.interactions");

// The baseline: the same rows, planned before the clock starts, written with COPY.
await using var copyDb = await BenchDatabase.CreateAsync(server, "copy");
await firm.SeedAsync(copyDb.ConnectionString);
await using var copySource = NpgsqlDataSource.Create(copyDb.ConnectionString);
var settings = new PolicySettings(PipelineRun.Options());
var loader = new PartyIndexLoader(copySource);
var actor = new SystemAuditActor("capture-bench");
var plans = new List<(Guid Rep, PagePlan Plan, List<AuditEntry> Audit)>();
for (var m = 0; m < mailboxes; m++)
{
    foreach (var page in pages[m])
    {
        var read = PipelineRun.Read(page, settings);
        var plan = PagePlanner.Plan(firm.Reps[m].Id, read, directory, await PipelineRun.LoadAsync(loader, read, directory), settings);
        var audit = plan.Interactions.Select(i => AuditEntry.Record(DateTimeOffset.UtcNow, actor, AuditActions.Created, "Interaction", i.Id.ToString(), null,
            $"{{\"naturalKey\":\"{i.NaturalKey}\",\"channel\":\"Email\"}}", "Captured from Inbox.")).ToList();
        plans.Add((firm.Reps[m].Id, plan, audit));
    }
}

Settle();
var (copyServer0, copyClient0) = (serverCpu?.Seconds(), ClientCpu());
var copyClock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, mailboxes).Select(m => Task.Run(async () =>
{
    foreach (var (rep, plan, audit) in plans.Where(p => p.Rep == firm.Reps[m].Id))
    {
        await CopyBaseline.WritePageAsync(copySource, rep, plan, audit);
    }
})));
copyClock.Stop();
var (copyServer, copyClient) = (serverCpu?.Seconds() - copyServer0, ClientCpu() - copyClient0);
var copied = await ScalarAsync(copySource, "SELECT count(*) FROM cms.interactions");

var pipelineRate = total / pipelineClock.Elapsed.TotalSeconds;
var copyRate = total / copyClock.Elapsed.TotalSeconds;
Console.WriteLine($"pipeline : {total,8:N0} messages ({items.Sum():N0} decisions, {stored:N0} interactions) in {pipelineClock.Elapsed.TotalSeconds,6:F2} s = {pipelineRate,9:N0} msg/s");
Console.WriteLine($"           {Timings.Describe()}");
Console.WriteLine($"raw COPY : {total,8:N0} messages ({copied:N0} interactions, same rows)            in {copyClock.Elapsed.TotalSeconds,6:F2} s = {copyRate,9:N0} msg/s");
Console.WriteLine($"ratio    : {pipelineRate / copyRate:F2}x COPY   (goals: >= 20,000 msg/s and >= 0.5x COPY)");
Console.WriteLine($"cpu      : pipeline {Cpu(pipelineClient, pipelineServer)}");
Console.WriteLine($"           raw COPY {Cpu(copyClient, copyServer)}");
Console.WriteLine($"gc       : {gen2} full collections, {pause.TotalSeconds:F2} s paused during the pipeline (the bench holds every page in memory; the worker one)");
Console.WriteLine($"load     : {LoadAverage()} (1/5/15 min; this machine is shared: wall-clock rates move with it, CPU per message much less)");
Console.WriteLine($"memory   : {(peakMemory) / 1048576.0:N0} MiB peak working set ({baselineMemory / 1048576.0:N0} MiB with the pages in memory, before syncing)");
Console.WriteLine($"initial sync of one mailbox of {perMailbox:N0} items: {pipelineClock.Elapsed.TotalSeconds:F2} s with {mailboxes} mailbox(es) syncing side by side");

string Cpu(double client, double? server) => server is { } db
    ? $"{client:F2} s bench process + {db:F2} s PostgreSQL = {(client + db) * 1e6 / total:F0} us per message " +
      $"({total / (client + db) * Environment.ProcessorCount:N0} msg/s if it had the {Environment.ProcessorCount} cores to itself and kept them busy; PostgreSQL alone {db * 1e6 / total:F0} us)"
    : $"{client:F2} s bench process (PostgreSQL is not local: its CPU is not measured)";

static void Settle()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static double ClientCpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

if (args.Contains("--diagnose"))
{
    // Where the bench process's CPU goes, one step at a time on this thread (the pipeline overlaps them).
    var all = pages[0].SelectMany(p => p).ToList();
    var (c0, reads) = (ClientCpu(), pages[0].Select(p => PipelineRun.Read(p, settings)).ToList());
    var readCpu = ClientCpu() - c0;
    var indexes = new List<PartyIndex>();
    foreach (var read in reads)
    {
        indexes.Add(await PipelineRun.LoadAsync(loader, read, directory));
    }

    c0 = ClientCpu();
    var planned = reads.Select((read, i) => PagePlanner.Plan(firm.Reps[0].Id, read, directory, indexes[i], settings)).ToList();
    var planCpu = ClientCpu() - c0;
    Console.WriteLine($"diagnose : read {readCpu * 1e6 / all.Count:F1} us, policy + match + plan {planCpu * 1e6 / all.Count:F1} us per message (bench process CPU)");
    GC.KeepAlive(planned);
}

static async Task<long> ScalarAsync(NpgsqlDataSource source, string sql)
{
    await using var command = source.CreateCommand(sql);
    return (long)(await command.ExecuteScalarAsync())!;
}

int Arg(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
