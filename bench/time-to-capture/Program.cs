using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OutlookCms.AddinHost;
using OutlookCms.Bench.Shared;
using OutlookCms.Bench.TimeToCapture;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Persistence;
using OutlookCms.GraphSimulator;

// bench/time-to-capture: a message created in the simulator → its interaction committed, for 100 mailboxes receiving
// mail at a steady rate, with change notifications on and off (polling every minute in both). Also the worker's RSS.
//   dotnet run -c Release --project bench/time-to-capture -- [--mailboxes 100] [--rate 2] [--seconds 120] [--mode both|on|off]
// With --mode throughput: items captured per second by 1, 2 and 3 worker processes over one backlog (Throughput.cs).
//   dotnet run -c Release --project bench/time-to-capture -- --mode throughput [--mailboxes 100] [--backlog 500] [--workers 1,2,3]
var args_ = new BenchArgs(args);
var mailboxCount = args_.Int("--mailboxes", 100);
var ratePerSecond = double.Parse(args_.Text("--rate", "2"), CultureInfo.InvariantCulture);
var seconds = args_.Int("--seconds", 120);
var mode = args_.Text("--mode", "both");
if (mode != "throughput")
{
    Console.WriteLine(BenchConsole.Invariant($"time-to-capture: {mailboxCount} mailboxes, {ratePerSecond} messages/s in all, {seconds} s per mode; {Environment.ProcessorCount} cores, load {BenchConsole.LoadAverage()}"));
}

var simulator = SimulatorApp.Build(["--urls", "https://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);
await simulator.StartAsync();
var simulatorAddress = SimulatorApp.BaseAddress(simulator);
using var admin = new HttpClient { BaseAddress = simulatorAddress };
if (mode == "throughput")
{
    await Throughput.RunAsync(args_, simulatorAddress, admin);
    await simulator.StopAsync();
    return 0;
}

foreach (var notifications in mode switch { "on" => new[] { true }, "off" => [false], _ => [true, false] })
{
    await RunAsync(notifications);
}

await simulator.StopAsync();
return 0;

async Task RunAsync(bool notifications)
{
    var database = $"outlookcms_bench_ttc_{Environment.ProcessId}_{(notifications ? "on" : "off")}";
    var server = BenchArgs.Server();
    var adminDb = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
    await ExecuteAsync(adminDb, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    await ExecuteAsync(adminDb, $"CREATE DATABASE \"{database}\"");
    var connectionString = DomainServices.Tuned(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
    await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);

    // The firm: the reps, and one client whose mail they receive.
    var reps = Enumerable.Range(0, mailboxCount).Select(i => new FirmUser(Guid.NewGuid(), $"Rep {i:000}", $"rep{i:000}@firm.example", "UTC", FirmRole.Rep)).ToList();
    var client = new Person("Pat", "Client", PartyStatus.Client, DateTimeOffset.UtcNow);
    client.AddEmail("pat@client.example", EmailKind.Work);
    await using (var db = new CmsDb(DomainServices.Options(connectionString, null), new OutlookCms.Domain.Auditing.SystemAuditActor("bench")))
    {
        db.AddRange(reps);
        db.Add(client);
        await db.SaveChangesAsync();
    }

    // A clean simulator: the previous mode's subscriptions would still notify its stopped AddinHost.
    using (var cleared = await admin.PostAsync("_simulator/reset", null))
    {
        cleared.EnsureSuccessStatusCode();
    }

    using (var reset = await admin.PostAsJsonAsync("_simulator/scenarios", new { mailboxes = reps.Select(r => new { address = r.Email }).ToArray(), reset = true }))
    {
        reset.EnsureSuccessStatusCode();
    }

    var host = AddinHostApp.Build(
    [
        "--urls", "http://127.0.0.1:0",
        "--environment", "Production",
        "--Logging:LogLevel:Default", "Warning",
        "--ConnectionStrings:OutlookCms", connectionString,
        "--AzureAd:Instance", simulatorAddress.ToString(),
        "--AzureAd:TenantId", SimulatorOptions.DefaultTenantId,
        "--AzureAd:ClientId", SimulatorOptions.DefaultAddinClientId,
        "--AzureAd:Audience", "api://outlookcms",
    ]);
    await host.StartAsync();
    var webhooks = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    using var worker = Worker.Start(new Dictionary<string, string>
    {
        ["ConnectionStrings:OutlookCms"] = connectionString,
        ["Graph:TenantId"] = SimulatorOptions.DefaultTenantId,
        ["Graph:ClientId"] = SimulatorOptions.DefaultWorkerClientId,
        ["Graph:ClientSecret"] = SimulatorOptions.DefaultWorkerSecret,
        ["Graph:AuthorityHost"] = simulatorAddress.ToString(),
        ["Graph:BaseUrl"] = new Uri(simulatorAddress, "v1.0").ToString(),
        ["Capture:FirmDomains:0"] = "firm.example",
        ["Capture:SyncCron"] = "* * * * *",
        ["Notifications:Enabled"] = notifications ? "true" : "false",
        ["Notifications:NotificationUrl"] = new Uri(webhooks, "api/graph/notifications").ToString(),
        ["Notifications:LifecycleUrl"] = new Uri(webhooks, "api/graph/lifecycle").ToString(),
        ["Logging:LogLevel:Default"] = "Warning",
    });

    var label = notifications ? "notifications on " : "notifications off";
    var warm = Stopwatch.StartNew();
    while (await ScalarAsync(connectionString, "SELECT count(*) FROM cms.mailbox_sync_status WHERE last_succeeded_at IS NOT NULL") < mailboxCount
        || (notifications && await ScalarAsync(connectionString, "SELECT count(*) FROM cms.mailbox_subscriptions WHERE state = 'Active'") < 3 * mailboxCount))
    {
        if (worker.HasExited || warm.Elapsed > TimeSpan.FromMinutes(5))
        {
            throw new InvalidOperationException($"The worker did not get every mailbox synced{(notifications ? " and subscribed" : "")}:\n{worker.Tail()}");
        }

        await Task.Delay(500);
    }

    Console.WriteLine(BenchConsole.Invariant($"{label}: warm in {warm.Elapsed.TotalSeconds:F1} s (first syncs{(notifications ? $", {3 * mailboxCount} subscriptions" : "")}); worker RSS {worker.ResidentMegabytes():F0} MB"));

    // Steady sending: messages go to mailboxes round robin at the rate; a poller notes when each becomes an interaction.
    var sent = new Dictionary<string, long>(StringComparer.Ordinal);
    var captured = new Dictionary<string, long>(StringComparer.Ordinal);
    var clock = Stopwatch.StartNew();
    var rss = new List<double>();
    using var stop = new CancellationTokenSource();
    var poller = Task.Run(async () =>
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        while (!stop.IsCancellationRequested)
        {
            string[] pending;
            lock (sent)
            {
                pending = [.. sent.Keys.Where(k => !captured.ContainsKey(k))];
            }

            if (pending.Length > 0)
            {
                await using var command = source.CreateCommand("SELECT natural_key FROM cms.interactions WHERE natural_key = ANY($1)");
                command.Parameters.Add(new NpgsqlParameter { Value = pending });
                await using var reader = await command.ExecuteReaderAsync();
                var now = clock.ElapsedTicks;
                while (await reader.ReadAsync())
                {
                    lock (sent)
                    {
                        captured[reader.GetString(0)] = now;
                    }
                }
            }

            await Task.Delay(100);
        }
    });

    var total = (int)(ratePerSecond * seconds);
    for (var i = 0; i < total; i++)
    {
        var due = TimeSpan.FromSeconds(i / ratePerSecond);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed);
        }

        var rep = reps[i % reps.Count];
        var before = clock.ElapsedTicks;
        using var response = await admin.PostAsJsonAsync($"_simulator/mailboxes/{rep.Email}/messages?folder=inbox", new
        {
            subject = $"Message {i}",
            from = new { emailAddress = new { name = "Pat Client", address = "pat@client.example" } },
            toRecipients = new[] { new { emailAddress = new { address = rep.Email } } },
            receivedDateTime = DateTimeOffset.UtcNow.ToString("O"),
        });
        response.EnsureSuccessStatusCode();
        var key = (await response.Content.ReadFromJsonAsync<JsonObject>())!["internetMessageId"]!.GetValue<string>();
        lock (sent)
        {
            // The message exists from some instant during the admin call: take the call's midpoint.
            sent[key] = (before + clock.ElapsedTicks) / 2;
        }

        if (i % 20 == 0)
        {
            rss.Add(worker.ResidentMegabytes());
        }
    }

    // Drain: polling alone needs up to a minute (and a busy worker more).
    var drain = Stopwatch.StartNew();
    while (drain.Elapsed < TimeSpan.FromSeconds(150))
    {
        lock (sent)
        {
            if (captured.Count == sent.Count)
            {
                break;
            }
        }

        await Task.Delay(250);
        rss.Add(worker.ResidentMegabytes());
    }

    await stop.CancelAsync();
    await poller;
    double[] latencies;
    lock (sent)
    {
        latencies = [.. captured.Select(c => (c.Value - sent[c.Key]) * 1000.0 / Stopwatch.Frequency).Order()];
    }

    var notified = notifications ? await ScalarAsync(connectionString, "SELECT coalesce(sum(notifications), 0) FROM cms.mailbox_subscriptions") : 0;
    Console.WriteLine(BenchConsole.Invariant(
        $"{label}: {latencies.Length:N0} of {total:N0} captured; p50 {Rank(latencies, 0.50) / 1000:F2} s  p95 {Rank(latencies, 0.95) / 1000:F2} s  max {(latencies.Length == 0 ? 0 : latencies[^1]) / 1000:F2} s  (poll resolution 0.1 s; {notified:N0} notifications accepted)"));
    Console.WriteLine(BenchConsole.Invariant($"{label}: worker RSS steady state max {rss.DefaultIfEmpty(0).Max():F0} MB, at end {worker.ResidentMegabytes():F0} MB; load {BenchConsole.LoadAverage()}"));

    worker.Dispose();
    await host.StopAsync();
    await host.DisposeAsync();
    NpgsqlConnection.ClearAllPools();
    await ExecuteAsync(adminDb, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
}

static double Rank(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

static async Task ExecuteAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static async Task<long> ScalarAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}
