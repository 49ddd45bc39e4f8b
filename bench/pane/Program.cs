using OutlookCms.Bench.Pane;
using OutlookCms.Bench.Shared;
using static OutlookCms.Bench.Shared.BenchConsole;

// bench/pane: GET /api/pane (or, with --mix search, the client book's search) on the seeded firm at 100k parties / 1M
// interactions, 50 concurrent clients on loopback.
//   source scripts/lib.sh && pg_start && certs_ensure
//   dotnet run -c Release --project bench/pane -- [--clients 50] [--think-ms 0] [--warmup 15] [--seconds 60] [--scale 20] [--reseed] [--plans FILE]
var options = new BenchArgs(args);
var clients = options.Int("--clients", 50);
var think = TimeSpan.FromMilliseconds(options.Int("--think-ms", 0));
var warmUp = TimeSpan.FromSeconds(options.Int("--warmup", 15));
var measured = TimeSpan.FromSeconds(options.Int("--seconds", 60));
var spec = options.Spec();
var database = options.Text("--database", $"outlookcms_bench_pane_s{spec.Scale}");
var plansFile = options.Text("--plans", "");
// --mix search: the client book's search as you type (issue 9, goal p95 < 50 ms) instead of the pane's reads.
var searching = options.Text("--mix", "pane") == "search";
var server = BenchArgs.Server();

Console.WriteLine(Invariant($"pane bench: {clients} clients, think time {(think > TimeSpan.Zero ? $"{think.TotalMilliseconds:F0} ms" : "none (closed loop)")}, {warmUp.TotalSeconds:F0} s warm-up, {measured.TotalSeconds:F0} s measured, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
var connectionString = await BenchFirm.EnsureAsync(server, database, spec, options.Has("--reseed"));
await PrintSizeAsync(connectionString);

var mix = await PaneMix.LoadAsync(connectionString, spec.Seed);
await using var hosts = await LoopbackHosts.StartAsync(connectionString, spec.Now);
var tokens = new Dictionary<Guid, string>();
foreach (var user in mix.Users)
{
    tokens[user.Id] = await hosts.TokenAsync(user);
}

Console.WriteLine(Invariant($"AddinHost on {hosts.Address}, tokens from the simulator on {hosts.SimulatorAddress} for {mix.Users.Count} users ({string.Join(", ", mix.Users.GroupBy(u => u.Role).Select(g => $"{g.Count()} {g.Key}s"))})"));

var search = searching ? await SearchMix.LoadAsync(connectionString, spec.Seed) : null;
Func<Random, BenchUser, (string Kind, string PathAndQuery)> next = search is not null
    ? (random, _) => search.Next(random)
    : (random, user) => mix.Next(random, user) switch { var call => (call.Kind, call.PathAndQuery) };
var (samples, costAtStart) = await LoadRun.RunAsync(hosts.Address, mix.Users, next, tokens, clients, warmUp, measured, think, spec.Seed);
var cost = ProcessCost.Now().Since(costAtStart, samples.Count, measured);
var failed = samples.Count(s => !s.Ok);
Console.WriteLine(Invariant($"requests : {samples.Count:N0} answered in the measured {measured.TotalSeconds:F0} s, {failed:N0} not 200, {samples.Count / measured.TotalSeconds:N0} requests/s"));
Console.WriteLine(cost);
Console.WriteLine(Latencies.Of(samples).Line("all"));
foreach (var kind in searching ? SearchMix.Kinds : PaneMix.Kinds)
{
    Console.WriteLine(Latencies.Of(samples.Where(s => s.Kind == kind)).Line(kind));
}

foreach (var role in samples.Select(s => s.Role).Distinct().Order())
{
    Console.WriteLine(Latencies.Of(samples.Where(s => s.Role == role)).Line("as " + role));
}

var p95 = Latencies.Of(samples).P95;
var goal = searching ? 50 : 30;
Console.WriteLine(Invariant($"goal     : p95 < {goal} ms: {(p95 < goal && failed == 0 ? "met" : "MISSED")} (p95 {p95:F1} ms); load average after {LoadAverage()}"));

if (plansFile.Length > 0)
{
    var random = new Random(spec.Seed);
    var rep = mix.Users.First(u => u.Role == "Rep");
    var manager = mix.Users.FirstOrDefault(u => u.Role == "Manager") ?? rep;
    var calls = new List<(BenchUser User, PaneCall Call)>();
    foreach (var kind in PaneMix.Kinds)
    {
        PaneCall call;
        do
        {
            call = mix.Next(random, rep);
        }
        while (call.Kind != kind);
        calls.Add((kind == "compose" ? manager : rep, call));
    }

    var sections = new List<string>();
    foreach (var (user, call) in calls)
    {
        sections.Add(await PlanCapture.ExplainAsync(connectionString, user, call, new AnchoredClock(spec.Now)));
    }

    await File.WriteAllTextAsync(plansFile, string.Join(Environment.NewLine, sections));
    Console.WriteLine($"plans    : EXPLAIN (ANALYZE, BUFFERS) of every statement of {calls.Count} sample requests written to {plansFile}");
}

return failed == 0 ? 0 : 1;
