using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using OutlookCms.Bench.Shared;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Bookings;
using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Imports;
using OutlookCms.Domain.Persistence;
using static OutlookCms.Bench.Shared.BenchConsole;

// The booked-activity import at scale (issue 8): a file of --rows bookings (default 1,000,000) over --parties clients,
// imported through the real ImportRunner + BookedActivityImport into a database of its own; then the same file again
// (recognised by its hash), a second file half of whose rows are already stored (matched by natural key), and a file
// whose very last row is bad (read to the end, nothing stored). Prints wall time, rows/s and the process's peak memory.
var args0 = new BenchArgs(args);
var rows = args0.Int("--rows", 1_000_000);
var parties = args0.Int("--parties", 5_000);
var database = args0.Text("--database", "outlookcms_bench_imports");
var admin = new NpgsqlConnectionStringBuilder(BenchArgs.Server()) { Database = "postgres", Pooling = false }.ConnectionString;
await using (var connection = new NpgsqlConnection(admin))
{
    await connection.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection).ExecuteNonQueryAsync();
}

var connectionString = DomainServices.Tuned(new NpgsqlConnectionStringBuilder(BenchArgs.Server()) { Database = database }.ConnectionString);
await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);
var options = DomainServices.Options(connectionString);
CmsDb NewDb() => new(options, new SystemAuditActor("bench/imports"));
var ids = new List<Guid>();
await using (var db = NewDb())
{
    for (var i = 0; i < parties; i++)
    {
        var person = new Person("Bench", "Client " + i.ToString(CultureInfo.InvariantCulture), PartyStatus.Client, DateTimeOffset.UtcNow);
        db.People.Add(person);
        ids.Add(person.Id);
    }

    await db.SaveChangesAsync();
}

Console.WriteLine(Invariant($"bench/imports: {rows:N0} booked-activity rows over {parties:N0} parties; load average {LoadAverage()}"));
var first = Write("first.csv", 0, rows, badLast: false);
var second = Write("second.csv", rows / 2, rows, badLast: false);
var bad = Write("bad.csv", 2 * rows, rows, badLast: true);
await RunAsync("new file", first);
await RunAsync("same file again", first);
await RunAsync("half already stored", second);
await RunAsync("last row bad", bad);
foreach (var path in new[] { first, second, bad })
{
    File.Delete(path);
}

Console.WriteLine(Invariant($"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB; load average {LoadAverage()}"));

async Task RunAsync(string what, string path)
{
    await using var content = File.OpenRead(path);
    using var file = await ImportFile.SaveAsync(content, Path.GetFileName(path), CancellationToken.None);
    await using var handler = new BookedActivityImport();
    var clock = Stopwatch.StartNew();
    var import = await new ImportRunner(NewDb, TimeProvider.System).ImportAsync(handler, file, null, CancellationToken.None);
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(Invariant(
        $"{what,-20}: {import.Status,-15} {import.RowsDone,9:N0} rows ({file.Length / 1e6:F0} MB) in {seconds,6:F1} s = {import.RowsDone / seconds,9:N0} rows/s; created {import.Created:N0}, matched {import.Matched:N0}, rejected {import.Rejected:N0}"));
}

// Row i books 100 + i CHF for party i mod N on a day in 2025, reference B-i: rows overlap across files by their index.
string Write(string name, int from, int count, bool badLast)
{
    var path = Path.Combine(Path.GetTempPath(), $"bench-imports-{name}");
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
    writer.Write("account,party_id,household_id,booking_date,amount,currency,type,reference\n");
    var start = new DateOnly(2025, 1, 1);
    for (var i = from; i < from + count; i++)
    {
        var party = ids[i % ids.Count];
        var amount = badLast && i == from + count - 1 ? "12,50" : (100 + i).ToString(CultureInfo.InvariantCulture) + ".00";
        writer.Write(Invariant($"CH{i % ids.Count:D8},{party},,{start.AddDays(i % 365):yyyy-MM-dd},{amount},CHF,{(i % 5 == 0 ? "TransferIn" : "Deposit")},B-{i}\n"));
    }

    return path;
}
