using System.Diagnostics;
using Npgsql;
using OutlookCms.Bench.ClientBook;
using OutlookCms.Bench.Shared;
using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.ClientBook;
using OutlookCms.Domain.Firm;
using OutlookCms.Domain.Imports;
using OutlookCms.Domain.Persistence;
using static OutlookCms.Bench.Shared.BenchConsole;

// bench/client-book: importing a client book of 100k rows (issue 9) into an empty firm, through the product's import
// (ImportRunner + ClientBookImport, as the web app's upload runs it): a dry run, the import, the same rows again
// (all matched), a file with bad rows (refused whole, every error with its line), and the export of the result.
//   source scripts/lib.sh && pg_start
//   dotnet run -c Release --project bench/client-book -- [--rows 100000] [--bad-every 500]
var options = new BenchArgs(args);
var rows = options.Int("--rows", 100_000);
var badEvery = options.Int("--bad-every", 500);
var database = options.Text("--database", "outlookcms_bench_clientbook");
Console.WriteLine(Invariant($"client-book import bench: {rows:N0} rows, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));

var connectionString = await FreshDatabaseAsync(BenchArgs.Server(), database);
var dbOptions = DomainServices.Options(connectionString);
var adviser = new FirmUser(Guid.NewGuid(), "Bench Adviser", "adviser@bench.example", "Europe/Zurich", FirmRole.Rep);
await using (var db = new CmsDb(dbOptions, new SystemAuditActor("client-book-bench")))
{
    db.FirmUsers.Add(adviser);
    await db.SaveChangesAsync();
}

var folder = Directory.CreateTempSubdirectory("client-book-bench").FullName;
var runner = new ImportRunner(() => new CmsDb(dbOptions, new SystemAuditActor("client-book-bench")), TimeProvider.System);
var good = SyntheticBook.Write(Path.Combine(folder, "good.csv"), rows, adviser.Email, "crm");
var bad = SyntheticBook.Write(Path.Combine(folder, "bad.csv"), rows, adviser.Email, "bad", badEvery);
Console.WriteLine(Invariant($"files    : {new FileInfo(good).Length / 1e6:F1} MB each, in {folder}"));

await RunAsync("dry run (check only)", good, dryRun: true);
await RunAsync("import", good, dryRun: false);
// The same rows in another file (a later export of the old CRM): read, checked, matched by external id, nothing created.
var again = Path.Combine(folder, "again.csv");
File.WriteAllText(again, File.ReadAllText(good).Replace("\n", "\r\n", StringComparison.Ordinal));
await RunAsync("re-import (all match)", again, dryRun: false);
await RunAsync($"bad file (1 row in {badEvery} spoiled)", bad, dryRun: false);

// The export of what was imported (as GET /api/client-book/export writes it for an admin), then that file imported
// again: every row must match.
var exported = Path.Combine(folder, "export.csv");
var exportClock = Stopwatch.StartNew();
long exportedRows;
await using (var db = new CmsDb(dbOptions, new SystemAuditActor("client-book-bench")))
await using (var writer = new StreamWriter(exported))
{
    exportedRows = await ClientBookExport.WriteAsync(db, db.Parties, writer, CancellationToken.None);
}

exportClock.Stop();
Console.WriteLine(Invariant($"{"export",-36}: {exportClock.Elapsed.TotalSeconds,6:F1} s  {exportedRows:N0} rows, {new FileInfo(exported).Length / 1e6:F1} MB"));
await RunAsync("re-import of the export (all match)", exported, dryRun: false);
Directory.Delete(folder, recursive: true);

async Task RunAsync(string name, string path, bool dryRun)
{
    using var file = await ImportFile.SaveAsync(File.OpenRead(path), Path.GetFileName(path), CancellationToken.None);
    await using var handler = new ClientBookImport();
    var updates = 0;
    var clock = Stopwatch.StartNew();
    var import = await runner.ImportAsync(handler, file, null, CancellationToken.None, _ =>
    {
        updates++;
        return ValueTask.CompletedTask;
    }, dryRun);
    clock.Stop();
    Console.WriteLine(Invariant(
        $"{name,-36}: {clock.Elapsed.TotalSeconds,6:F1} s  {import.Status,-9} rows {import.RowsDone:N0}, created {import.Created:N0}, matched {import.Matched:N0}, refused {import.Rejected:N0} ({import.Errors.Count:N0} errors listed), {updates} progress updates, plan lines {import.Plan.Count:N0}"));
    if (import.Errors.Count > 0)
    {
        Console.WriteLine($"  first errors: {string.Join("; ", import.Errors.Take(3))}");
    }
}

static async Task<string> FreshDatabaseAsync(string server, string database)
{
    var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
    await using (var connection = new NpgsqlConnection(admin))
    {
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    var connectionString = DomainServices.Tuned(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
    await DatabaseMigrator.MigrateAsync(connectionString, CancellationToken.None);
    return connectionString;
}
