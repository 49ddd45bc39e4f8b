using System.Globalization;
using Npgsql;
using OutlookCms.Bench.Pane;
using OutlookCms.Domain.Seeding;

// bench/pane: GET /api/pane on the seeded firm at 100k parties / 1M interactions, 50 concurrent clients on loopback.
//   source scripts/lib.sh && pg_start && certs_ensure
//   dotnet run -c Release --project bench/pane -- [--clients 50] [--think-ms 0] [--warmup 15] [--seconds 60] [--scale 20] [--reseed] [--plans FILE]
var clients = Arg("--clients", 50);
var think = TimeSpan.FromMilliseconds(Arg("--think-ms", 0));
var warmUp = TimeSpan.FromSeconds(Arg("--warmup", 15));
var measured = TimeSpan.FromSeconds(Arg("--seconds", 60));
var spec = new SeedSpec(Arg("--seed", 42), Arg("--scale", 20), DateTimeOffset.Parse(Text("--now", "2026-06-30T16:00:00Z"), CultureInfo.InvariantCulture));
var database = Text("--database", $"outlookcms_bench_pane_s{spec.Scale}");
var plansFile = Text("--plans", "");
var server = Environment.GetEnvironmentVariable("ConnectionStrings__OutlookCms") is { Length: > 0 } configured
    ? configured
    : "Host=127.0.0.1;Port=55432;Username=outlookcms;Database=outlookcms";

Console.WriteLine(Invariant($"pane bench: {clients} clients, think time {(think > TimeSpan.Zero ? $"{think.TotalMilliseconds:F0} ms" : "none (closed loop)")}, {warmUp.TotalSeconds:F0} s warm-up, {measured.TotalSeconds:F0} s measured, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
var connectionString = await BenchFirm.EnsureAsync(server, database, spec, args.Contains("--reseed"));
await PrintSizeAsync(connectionString);

var mix = await PaneMix.LoadAsync(connectionString, spec.Seed);
await using var hosts = await LoopbackHosts.StartAsync(connectionString, spec.Now);
var tokens = new Dictionary<Guid, string>();
foreach (var user in mix.Users)
{
    tokens[user.Id] = await hosts.TokenAsync(user);
}

Console.WriteLine(Invariant($"AddinHost on {hosts.Address}, tokens from the simulator on {hosts.SimulatorAddress} for {mix.Users.Count} users ({string.Join(", ", mix.Users.GroupBy(u => u.Role).Select(g => $"{g.Count()} {g.Key}s"))})"));

var samples = await LoadRun.RunAsync(hosts.Address, mix, tokens, clients, warmUp, measured, think, spec.Seed);
var failed = samples.Count(s => !s.Ok);
Console.WriteLine(Invariant($"requests : {samples.Count:N0} answered in the measured {measured.TotalSeconds:F0} s, {failed:N0} not 200, {samples.Count / measured.TotalSeconds:N0} requests/s"));
Console.WriteLine(Latencies.Of(samples).Line("all"));
foreach (var kind in PaneMix.Kinds)
{
    Console.WriteLine(Latencies.Of(samples.Where(s => s.Kind == kind)).Line(kind));
}

foreach (var role in samples.Select(s => s.Role).Distinct().Order())
{
    Console.WriteLine(Latencies.Of(samples.Where(s => s.Role == role)).Line("as " + role));
}

var p95 = Latencies.Of(samples).P95;
Console.WriteLine(Invariant($"goal     : p95 < 30 ms: {(p95 < 30 && failed == 0 ? "met" : "MISSED")} (p95 {p95:F1} ms); load average after {LoadAverage()}"));

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

static async Task PrintSizeAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(
        "SELECT (SELECT count(*) FROM cms.parties), (SELECT count(*) FROM cms.interactions), (SELECT count(*) FROM cms.interaction_parties), version()", connection);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    Console.WriteLine(Invariant($"firm     : {reader.GetInt64(0):N0} parties, {reader.GetInt64(1):N0} interactions ({reader.GetInt64(2):N0} party links); {reader.GetString(3).Split(" on ")[0]}"));
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

int Arg(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

string Text(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
