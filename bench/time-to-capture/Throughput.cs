using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Npgsql;
using OutlookCms.Bench.Shared;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSimulator;

namespace OutlookCms.Bench.TimeToCapture;

/// <summary>
/// Throughput with 1, 2, 3… GraphSync processes over one simulated firm: every mailbox holds a backlog of client mail,
/// each run starts from a fresh copy of the same database (no Hangfire state, no cursors) against the same simulator,
/// and lasts until the whole backlog is captured. Prints items/s, the ratios to one worker, where the CPU went, and
/// checks every run captured exactly the same set.
/// </summary>
public static class Throughput
{
    public static async Task RunAsync(BenchArgs args, Uri simulatorAddress, HttpClient admin)
    {
        var mailboxCount = args.Int("--mailboxes", 100);
        var backlog = args.Int("--backlog", 500);
        var counts = args.Text("--workers", "1,2,3").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine(BenchConsole.Invariant(
            $"throughput: {mailboxCount} mailboxes × {backlog} messages = {mailboxCount * backlog:N0} to capture per run, with {string.Join(", ", counts)} worker processes; {Environment.ProcessorCount} cores, load {BenchConsole.LoadAverage()}"));

        var server = BenchArgs.Server();
        var adminDb = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        var template = $"outlookcms_bench_tp_{Environment.ProcessId}";
        await ExecuteAsync(adminDb, $"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");
        await ExecuteAsync(adminDb, $"CREATE DATABASE \"{template}\"");
        var templateConnection = DomainServices.Tuned(new NpgsqlConnectionStringBuilder(server) { Database = template }.ConnectionString);
        await DatabaseMigrator.MigrateAsync(templateConnection, CancellationToken.None);

        // The firm: the reps, and ten clients writing to them.
        var reps = Enumerable.Range(0, mailboxCount).Select(i => new FirmUser(Guid.NewGuid(), $"Rep {i:000}", $"rep{i:000}@firm.example", "UTC", FirmRole.Rep)).ToList();
        var clients = Enumerable.Range(0, 10).Select(i =>
        {
            var person = new Person($"Client{i}", "Tester", PartyStatus.Client, DateTimeOffset.UtcNow);
            person.AddEmail($"client{i}@client.example", EmailKind.Work);
            return person;
        }).ToList();
        await using (var db = new CmsDb(DomainServices.Options(templateConnection, null), new SystemAuditActor("bench")))
        {
            db.AddRange(reps);
            db.AddRange(clients);
            await db.SaveChangesAsync();
        }

        // The backlog: the same mailboxes for every run (a worker only reads them).
        var load = Stopwatch.StartNew();
        using (var reset = await admin.PostAsync("_simulator/reset", null))
        {
            reset.EnsureSuccessStatusCode();
        }

        var expected = new HashSet<string>(StringComparer.Ordinal);
        var start = DateTimeOffset.UtcNow.AddDays(-7);
        for (var r = 0; r < reps.Count; r++)
        {
            var messages = Enumerable.Range(0, backlog).Select(m =>
            {
                var key = $"<tp-{r}-{m}@client.example>";
                expected.Add(key);
                var client = m % 10;
                return new Dictionary<string, object>
                {
                    ["internetMessageId"] = key,
                    ["subject"] = $"Backlog {m} for rep {r}",
                    ["parentFolderId"] = "inbox",
                    ["from"] = new { emailAddress = new { name = $"Client{client} Tester", address = $"client{client}@client.example" } },
                    ["toRecipients"] = new[] { new { emailAddress = new { address = reps[r].Email } } },
                    ["receivedDateTime"] = start.AddSeconds(m * 10 + r).ToString("O", CultureInfo.InvariantCulture),
                    ["body"] = new { contentType = "text", content = $"Message {m} of the backlog." },
                };
            }).ToArray();
            using var loaded = await admin.PostAsJsonAsync("_simulator/scenarios", new { mailboxes = new[] { new { address = reps[r].Email, messages } }, reset = false });
            loaded.EnsureSuccessStatusCode();
        }

        Console.WriteLine(BenchConsole.Invariant($"backlog of {expected.Count:N0} messages loaded into the simulator in {load.Elapsed.TotalSeconds:F1} s"));
        NpgsqlConnection.ClearAllPools();

        var postmaster = await PostmasterAsync(templateConnection);
        NpgsqlConnection.ClearAllPools();
        var results = new List<RunResult>();
        foreach (var workers in counts)
        {
            var database = $"{template}_w{workers}";
            await ExecuteAsync(adminDb, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            await ExecuteAsync(adminDb, $"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
            var connectionString = DomainServices.Tuned(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
            var result = await RunOnceAsync(workers, connectionString, simulatorAddress, expected, postmaster);
            results.Add(result);
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminDb, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }

        await ExecuteAsync(adminDb, $"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");

        var one = results.FirstOrDefault(r => r.Workers == 1) ?? results[0];
        Console.WriteLine();
        Console.WriteLine("| workers | captured | wall s | items/s | ratio to 1 | capture phase s | items/s in it | ratio to 1 | CPU ms per item: workers | PostgreSQL | simulator+bench | ceiling items/s on idle cores | machine busy | others' CPU s | load before → after |");
        Console.WriteLine(string.Concat(Enumerable.Repeat("|---", 15)) + "|");
        foreach (var r in results)
        {
            // Own CPU per item, and what it allows if every core were ours: the ratio's explanation.
            double PerItem(double seconds) => seconds * 1000 / r.Captured;
            var ceiling = Environment.ProcessorCount * 1000 / (PerItem(r.WorkerCpu) + PerItem(r.PostgresCpu) + PerItem(r.BenchCpu));
            Console.WriteLine(BenchConsole.Invariant(
                $"| {r.Workers} | {r.Captured:N0} | {r.Wall.TotalSeconds:F1} | {r.PerSecond:F0} | {r.PerSecond / one.PerSecond:F2} | {r.Phase.TotalSeconds:F1} | {r.PhasePerSecond:F0} | {r.PhasePerSecond / one.PhasePerSecond:F2} | {PerItem(r.WorkerCpu):F2} | {PerItem(r.PostgresCpu):F2} | {PerItem(r.BenchCpu):F2} | {ceiling:F0} | {r.MachineBusy:P0} | {r.OthersCpu:F0} | {r.LoadBefore} → {r.LoadAfter} |"));
        }

        Console.WriteLine(BenchConsole.Invariant($"every run captured the same {expected.Count:N0} messages, each once: {results.All(r => r.Exact)}"));
    }

    private static async Task<RunResult> RunOnceAsync(int workerCount, string connectionString, Uri simulatorAddress, HashSet<string> expected, int postmaster)
    {
        var loadBefore = BenchConsole.LoadAverage();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:OutlookCms"] = connectionString,
            ["Graph:TenantId"] = SimulatorOptions.DefaultTenantId,
            ["Graph:ClientId"] = SimulatorOptions.DefaultWorkerClientId,
            ["Graph:ClientSecret"] = SimulatorOptions.DefaultWorkerSecret,
            ["Graph:AuthorityHost"] = simulatorAddress.ToString(),
            ["Graph:BaseUrl"] = new Uri(simulatorAddress, "v1.0").ToString(),
            ["Capture:FirmDomains:0"] = "firm.example",
            ["Capture:SyncCron"] = "* * * * *",
            ["Notifications:Enabled"] = "false",
            ["Digests:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        var pgBefore = CpuMeter.PostgresServer(postmaster);
        var benchBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var machineBefore = CpuMeter.Machine();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, workerCount).Select(_ => Worker.Start(settings)).ToList();
        var workerCpu = new double[workerCount];
        try
        {
            long captured = 0;
            var firstAt = TimeSpan.Zero;
            while (captured < expected.Count)
            {
                await Task.Delay(500);
                for (var i = 0; i < workers.Count; i++)
                {
                    // Read while it lives: a process's CPU is gone from /proc once it exits.
                    workerCpu[i] = Math.Max(workerCpu[i], CpuMeter.Process(workers[i].Id));
                }

                captured = await ScalarAsync(connectionString, "SELECT count(*) FROM cms.interactions");
                if (captured > 0 && firstAt == TimeSpan.Zero)
                {
                    firstAt = clock.Elapsed;
                }

                if (workers.Any(w => w.HasExited) || clock.Elapsed > TimeSpan.FromMinutes(30))
                {
                    throw new InvalidOperationException($"{workerCount} workers: {captured} of {expected.Count} after {clock.Elapsed}:\n{string.Join("\n---\n", workers.Select(w => w.Tail()))}");
                }
            }

            var wall = clock.Elapsed;
            var machineAfter = CpuMeter.Machine();
            var pg = CpuMeter.PostgresServer(postmaster) - pgBefore;
            var bench = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - benchBefore;
            var busy = machineAfter.Busy - machineBefore.Busy;
            var exact = await ExactAsync(connectionString, expected);
            Console.WriteLine(BenchConsole.Invariant(
                $"{workerCount} worker(s): {captured:N0} captured in {wall.TotalSeconds:F1} s (first interaction after {firstAt.TotalSeconds:F1} s: start-up, migration check, first pages); exact set, each once: {exact}"));
            // The capture phase: from the first interaction committed to the last (start-up and first requests left out).
            var phase = wall - firstAt;
            return new RunResult(workerCount, captured, wall, captured / wall.TotalSeconds, phase, captured / phase.TotalSeconds, workerCpu.Sum(), pg, bench,
                busy / (machineAfter.Total - machineBefore.Total), busy - workerCpu.Sum() - pg - bench, loadBefore, BenchConsole.LoadAverage(), exact);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    /// <summary>The interactions are exactly the expected keys; each was created (and audited) once; each rep linked once.</summary>
    private static async Task<bool> ExactAsync(string connectionString, HashSet<string> expected)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var keys = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT natural_key FROM cms.interactions", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }

        var created = await ScalarAsync(connectionString, "SELECT count(*) FROM cms.audit_entries WHERE entity_type = 'Interaction' AND action = 'Created'");
        var repLinks = await ScalarAsync(connectionString, "SELECT count(*) FROM cms.interaction_reps");
        return keys.Count == expected.Count && expected.SetEquals(keys) && created == expected.Count && repLinks == expected.Count;
    }

    private static async Task<int> PostmasterAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        return CpuMeter.Parent(Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private sealed record RunResult(
        int Workers, long Captured, TimeSpan Wall, double PerSecond, TimeSpan Phase, double PhasePerSecond, double WorkerCpu, double PostgresCpu, double BenchCpu,
        double MachineBusy, double OthersCpu, string LoadBefore, string LoadAfter, bool Exact);
}
